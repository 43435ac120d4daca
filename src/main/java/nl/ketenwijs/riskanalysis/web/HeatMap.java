package nl.ketenwijs.riskanalysis.web;

import java.util.List;
import java.util.stream.IntStream;
import nl.ketenwijs.riskanalysis.RegisterEntry;

/**
 * Severity (rows, 5 at the top) against likelihood (columns 1 to 5), counting the entries in each cell,
 * with a last column for an unknown likelihood: gaps are counted where they can be seen, not left out.
 */
public final class HeatMap {

    /** One cell; likelihood 0 is the unknown column. */
    public record Cell(int severity, int likelihood, long count) {

        /** The priority band the cell's colour shows: severity times likelihood. */
        public String band() {
            if (likelihood == 0) {
                return "unknown";
            }
            int priority = severity * likelihood;
            return priority >= 15 ? "high" : priority >= 8 ? "medium" : "low";
        }
    }

    public record Row(int severity, List<Cell> cells) {}

    private final List<Row> rows;

    HeatMap(List<RegisterEntry> entries) {
        this.rows = IntStream.iterate(5, s -> s >= 1, s -> s - 1)
                .mapToObj(severity -> new Row(
                        severity,
                        IntStream.of(1, 2, 3, 4, 5, 0)
                                .mapToObj(likelihood ->
                                        new Cell(severity, likelihood, count(entries, severity, likelihood)))
                                .toList()))
                .toList();
    }

    public List<Row> rows() {
        return rows;
    }

    private static long count(List<RegisterEntry> entries, int severity, int likelihood) {
        return entries.stream()
                .filter(e -> e.severity() == severity)
                .filter(e -> (e.likelihood() == null ? 0 : e.likelihood()) == likelihood)
                .count();
    }
}
