package nl.ketenwijs.shared;

import java.util.List;

/**
 * The figures of a chart as a table: a caption, the column headers (the first names the rows) and one row
 * per bar, stack or line, already formatted for the reader's language. Templates render it as an HTML table.
 */
public record ChartTable(String caption, List<String> headers, List<Row> rows) {

    public ChartTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** A row header (the bar, stack or line) and its cells, one per remaining column. */
    public record Row(String label, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
