package nl.ketenwijs.riskanalysis.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.ketenwijs.riskanalysis.RegisterListing;

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

    HeatMap(List<RegisterListing.Cell> counted) {
        Map<List<Integer>, Long> counts = counted.stream()
                .collect(Collectors.toMap(
                        cell -> List.of(cell.severity(), cell.likelihood()), RegisterListing.Cell::count));
        this.rows = IntStream.iterate(5, s -> s >= 1, s -> s - 1)
                .mapToObj(severity -> new Row(
                        severity,
                        IntStream.of(1, 2, 3, 4, 5, 0)
                                .mapToObj(likelihood -> new Cell(
                                        severity, likelihood, counts.getOrDefault(List.of(severity, likelihood), 0L)))
                                .toList()))
                .toList();
    }

    public List<Row> rows() {
        return rows;
    }
}
