package nl.ketenwijs.grievance.handling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.ClosingReason;

/** The plain columns of a case: what is left of it, and counted, after its content was purged. */
public record CaseFigures(
        UUID id,
        String locator,
        CaseStatus status,
        int revision,
        Instant receivedAt,
        String language,
        String country,
        List<String> themes,
        String gender,
        String children,
        String channel,
        Instant acknowledgeBy,
        Instant acknowledgedAt,
        Instant feedbackBy,
        Instant feedbackGivenAt,
        ClosingReason closingReason,
        UUID assignedTo,
        Instant purgedAt,
        int photos) {}
