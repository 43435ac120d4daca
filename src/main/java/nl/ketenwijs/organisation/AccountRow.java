package nl.ketenwijs.organisation;

import java.util.UUID;

/** One user joined with their organisation, as the account queries read it. */
record AccountRow(
        UUID id,
        UUID organisationId,
        String organisationName,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        Role role) {}
