package nl.ketenwijs.actions.plan;

import java.math.BigDecimal;

/**
 * What shows whether a measure works: a name and unit, where it started, where it should get, and where it
 * stands now. Every part is optional; a measure without an indicator can still be reviewed in words.
 */
public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal current) {

    public static final Indicator NONE = new Indicator(null, null, null, null, null);

    public boolean isDefined() {
        return name != null;
    }

    /** Moved from the baseline towards the target; unknown (null) while a value is missing. */
    public Boolean movedTowardsTarget() {
        if (baseline == null || target == null || current == null || baseline.compareTo(target) == 0) {
            return null;
        }
        int direction = target.compareTo(baseline);
        return current.compareTo(baseline) * direction > 0;
    }
}
