package nl.ketenwijs.grievance.routing;

import java.util.UUID;

/** The complaint handler at work, as the audit log names them. */
record Handler(UUID userId, UUID organisationId) {}
