package nl.ketenwijs.organisation.people;

import java.util.UUID;
import nl.ketenwijs.organisation.Role;

/** Someone with an account in an organisation. */
public record Person(UUID id, String username, String displayName, Role role, boolean enabled) {}
