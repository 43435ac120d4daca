package nl.ketenwijs.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars, one per category (a step, a branch, a size class), on a scale from zero to {@code max}.
 * A bar without a value (a group too small to show) is drawn as a note instead of a bar, never as zero.
 *
 * @param categoryHeader the table's first column header
 * @param valueHeader the header of the values' column, with its unit
 * @param missingText what a bar without a value says, in the chart and in the table
 */
public record BarChart(
        String id,
        String title,
        String description,
        String categoryHeader,
        String valueHeader,
        double max,
        List<Bar> bars,
        String missingText) {

    private static final int LABELS = 220;
    private static final int ROW = 30;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    private static final String FILL = "#3182bd";

    public BarChart {
        bars = List.copyOf(bars);
        if (!(max > 0)) {
            throw new IllegalArgumentException("A bar chart needs a positive maximum, not " + max);
        }
    }

    /** @param value null when it may not be shown */
    public record Bar(String label, Double value) {}

    public Chart render(Locale locale) {
        int height = TOP + ROW * bars.size() + BOTTOM;
        ChartCanvas canvas = new ChartCanvas(id, title, description, height, locale);
        double plot = ChartCanvas.WIDTH - LABELS - 60;
        for (int tick = 0; tick <= 4; tick++) {
            double x = LABELS + plot * tick / 4;
            canvas.line(x, TOP, x, TOP + ROW * bars.size(), ChartCanvas.GRID, 1);
            canvas.text(x, height - 10, "middle", canvas.number(max * tick / 4), ChartCanvas.MUTED);
        }
        List<ChartTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + ROW * i;
            canvas.label(LABELS - 8, y + 19, bar.label());
            if (bar.value() == null) {
                canvas.text(LABELS + 6, y + 19, "start", missingText, ChartCanvas.MUTED);
                rows.add(new ChartTable.Row(bar.label(), List.of(missingText)));
                continue;
            }
            double width = plot * Math.min(bar.value(), max) / max;
            canvas.rect(LABELS, y + 6, width, ROW - 12, FILL);
            canvas.text(LABELS + width + 6, y + 19, "start", canvas.number(bar.value()));
            rows.add(new ChartTable.Row(bar.label(), List.of(canvas.number(bar.value()))));
        }
        return new Chart(id, title, canvas.close(), new ChartTable(title, List.of(categoryHeader, valueHeader), rows));
    }
}
