package nl.ketenwijs.organisation.people;

import java.util.UUID;
import nl.ketenwijs.organisation.Role;

/** Someone with an account in an organisation; whether they have a second factor, never the secret. */
public record Person(UUID id, String username, String displayName, Role role, boolean enabled, boolean secondFactor) {

    /** The columns of app_user that make a person, for every query that reads people. */
    static final String COLUMNS = "id, username, display_name, role, enabled, totp_secret IS NOT NULL AS second_factor";
}
