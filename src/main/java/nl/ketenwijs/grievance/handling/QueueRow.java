package nl.ketenwijs.grievance.handling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseStatus;

/** A case as the queue lists it: plain columns only, nothing the complainant wrote. */
public record QueueRow(
        UUID id,
        String locator,
        CaseStatus status,
        Instant receivedAt,
        String language,
        String country,
        List<String> themes,
        String assignedTo,
        boolean assignedHasConflict,
        Deadline deadline) {}
