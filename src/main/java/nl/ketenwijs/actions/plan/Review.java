package nl.ketenwijs.actions.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An effectiveness review of a plan on a date: whether the indicators moved, what was learned, what changes.
 * The indicators are kept as they stood that day, so a later review can be read against an earlier one.
 */
public record Review(
        UUID id,
        LocalDate date,
        Verdict verdict,
        String learned,
        String changes,
        List<Snapshot> indicators,
        String reviewedBy) {

    public enum Verdict {
        MOVED,
        PARTLY,
        NOT_MOVED
    }

    /** One measure's indicator on the review's date: baseline → current → target. */
    public record Snapshot(
            String measure,
            String indicator,
            String unit,
            BigDecimal baseline,
            BigDecimal current,
            BigDecimal target) {}

    public Review {
        indicators = List.copyOf(indicators);
    }
}
