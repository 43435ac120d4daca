package nl.ketenwijs.organisation.invitation;

import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.Role;

/** Whom to invite, with which role, and in which language their mails go. */
public record NewInvitation(String email, String displayName, Role role, Language language) {

    public NewInvitation {
        email = email.trim();
        displayName = displayName.trim();
    }
}
