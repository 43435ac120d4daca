package nl.ketenwijs.grievance.handling;

import java.time.Instant;

/** The next legal clock of a case: which one, by when, and whether it has passed unmet. */
public record Deadline(Kind kind, Instant due, boolean overdue) {

    public enum Kind {
        ACKNOWLEDGE,
        FEEDBACK
    }

    /**
     * The acknowledgement until it is given, then the feedback until it is given; none once both are met or
     * the case is closed.
     */
    static Deadline next(
            boolean closed,
            Instant acknowledgeBy,
            Instant acknowledgedAt,
            Instant feedbackBy,
            Instant feedbackGivenAt,
            Instant now) {
        if (closed) {
            return null;
        }
        if (acknowledgedAt == null) {
            return new Deadline(Kind.ACKNOWLEDGE, acknowledgeBy, acknowledgeBy.isBefore(now));
        }
        if (feedbackGivenAt == null) {
            return new Deadline(Kind.FEEDBACK, feedbackBy, feedbackBy.isBefore(now));
        }
        return null;
    }
}
