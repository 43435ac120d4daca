package nl.ketenwijs.organisation.web;

import jakarta.validation.constraints.NotNull;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.invitation.NewInvitation;

/** Invite a colleague: who, in which role, and the language of their mails. */
record InvitationForm(
        @EmailAddress String email,
        @PersonName String displayName,
        @NotNull(message = "{invite.role.required}") Role role,
        @NotNull(message = "{invite.language.required}") Language language) {

    static InvitationForm empty(Language language) {
        return new InvitationForm(null, null, null, language);
    }

    NewInvitation invitation() {
        return new NewInvitation(email, displayName, role, language);
    }
}
