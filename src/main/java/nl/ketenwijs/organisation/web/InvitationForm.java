package nl.ketenwijs.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.invitation.NewInvitation;

/** Invite a colleague: who, in which role, and the language of their mails. */
record InvitationForm(
        @NotBlank(message = "{invite.email.required}")
        @Email(message = "{invite.email.invalid}")
        @Size(max = 254, message = "{invite.email.invalid}")
        String email,

        @NotBlank(message = "{invite.displayName.required}") @Size(max = 200, message = "{invite.displayName.tooLong}")
        String displayName,

        @NotNull(message = "{invite.role.required}") Role role,
        @NotNull(message = "{invite.language.required}") Language language) {

    static InvitationForm empty(Language language) {
        return new InvitationForm(null, null, null, language);
    }

    NewInvitation invitation() {
        return new NewInvitation(email, displayName, role, language);
    }
}
