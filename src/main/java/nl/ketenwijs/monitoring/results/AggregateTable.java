package nl.ketenwijs.monitoring.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.ketenwijs.monitoring.AggregateCell;
import nl.ketenwijs.monitoring.GroupSize;
import nl.ketenwijs.monitoring.StepFigures;
import nl.ketenwijs.monitoring.YearResults;

/**
 * The aggregates of a year as one flat table, a row per group and step, for the CSV and Excel exports. A
 * suppressed figure is an empty cell, and the last column says why.
 */
public final class AggregateTable {

    public static final List<String> HEADER = List.of(
            "year",
            "group_kind",
            "group",
            "invited",
            "submitted",
            "accepted",
            "counted",
            "step",
            "companies",
            "level_0",
            "level_1",
            "level_2",
            "level_3",
            "level_4",
            "mean",
            "previous_mean",
            "change",
            "note");

    private AggregateTable() {}

    public static List<List<Object>> rows(YearResults results) {
        List<List<Object>> rows = new ArrayList<>();
        for (AggregateCell cell : results.cells()) {
            AggregateCell.Participation p = cell.participation();
            for (StepFigures step : cell.steps()) {
                List<Object> row = new ArrayList<>();
                row.add(number(results.year()));
                row.add(cell.kind().name());
                row.add(cell.name());
                row.add(number(p.invited()));
                row.add(number(p.submitted()));
                row.add(number(p.accepted()));
                row.add(number(p.assessed()));
                row.add(step.step().name());
                row.add(number(step.companies()));
                IntStream.range(0, 5)
                        .forEach(level -> row.add(
                                step.suppressed() ? null : number(step.levels().get(level))));
                row.add(step.mean());
                row.add(step.previousMean());
                row.add(step.change());
                row.add(step.suppressed() ? "suppressed: fewer than " + GroupSize.MINIMUM + " companies" : null);
                rows.add(row);
            }
        }
        return rows;
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
