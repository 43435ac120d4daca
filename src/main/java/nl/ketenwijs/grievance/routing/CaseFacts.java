package nl.ketenwijs.grievance.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The plain facts of a case that route it: never what the person wrote. */
public record CaseFacts(UUID id, String status, Instant receivedAt, String country, List<String> themes) {}
