package nl.ketenwijs.organisation.people;

import java.time.OffsetDateTime;
import nl.ketenwijs.organisation.Role;

/** An invitation that has not been accepted yet. */
public record PendingInvitation(String email, String displayName, Role role, OffsetDateTime expiresAt) {}
