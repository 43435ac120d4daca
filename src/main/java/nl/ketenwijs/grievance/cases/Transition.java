package nl.ketenwijs.grievance.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * One move of a case, as its history shows it. The arrival has no {@code from} and no handler; the note is
 * null when there was none or when the case's key is gone.
 */
public record Transition(
        CaseStatus from, CaseStatus to, Instant at, UUID by, ClosingReason closingReason, String note) {}
