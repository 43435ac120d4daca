package nl.ketenwijs.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One due-diligence step of a group: how many companies are at maturity level 0, 1, 2, 3 and 4
 * ({@code levels}, five counts), their mean level, the mean of the year before and the change. Everything
 * but the step is null (levels empty) when suppressed; the previous mean and change are null when the year
 * before was suppressed or had no figures.
 */
public record StepFigures(
        DueDiligenceStep step,
        boolean suppressed,
        Integer companies,
        List<Integer> levels,
        BigDecimal mean,
        BigDecimal previousMean,
        BigDecimal change) {

    public StepFigures {
        levels = List.copyOf(levels);
    }

    public static StepFigures withheld(DueDiligenceStep step) {
        return new StepFigures(step, true, null, List.of(), null, null, null);
    }
}
