package nl.ketenwijs.grievance.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A line of a company's list of forwarded complaints: nothing of what the person wrote. */
public record CopySummary(
        UUID id, String reference, Instant forwardedAt, String country, List<String> themes, Instant answeredAt) {}
