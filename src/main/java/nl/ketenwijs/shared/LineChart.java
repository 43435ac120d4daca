package nl.ketenwijs.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lines over a few points in time, such as the mean maturity per step over the reporting years. Each line
 * has its own colour (Okabe-Ito, told apart with colour blindness) and is named in the legend; the data
 * table gives every figure, so no reader depends on colour alone. A missing point breaks the line.
 *
 * @param seriesHeader the table's first column header (what the lines are)
 * @param missingText what a missing point says in the table
 */
public record LineChart(
        String id,
        String title,
        String description,
        String seriesHeader,
        List<String> xLabels,
        double max,
        List<Series> series,
        String missingText) {

    static final List<String> PALETTE =
            List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442");

    private static final int LEFT = 48;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int PLOT_HEIGHT = 220;
    private static final int BOTTOM = 36;

    public LineChart {
        xLabels = List.copyOf(xLabels);
        series = List.copyOf(series);
        if (!(max > 0) || xLabels.isEmpty() || series.size() > PALETTE.size()) {
            throw new IllegalArgumentException(
                    "A line chart needs a positive maximum, points and at most " + PALETTE.size() + " lines");
        }
    }

    /** @param values one per x label, null where there is no figure */
    public record Series(String name, List<Double> values) {}

    public Chart render(Locale locale) {
        int height = TOP + PLOT_HEIGHT + BOTTOM + 20 * series.size();
        ChartCanvas canvas = new ChartCanvas(id, title, description, height, locale);
        double plot = ChartCanvas.WIDTH - LEFT - RIGHT;
        for (int tick = 0; tick <= 4; tick++) {
            double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * tick / 4.0;
            canvas.line(LEFT, y, LEFT + plot, y, ChartCanvas.GRID, 1);
            canvas.text(LEFT - 6, y + 4, "end", canvas.number(max * tick / 4), ChartCanvas.MUTED);
        }
        for (int i = 0; i < xLabels.size(); i++) {
            canvas.text(x(i, plot), TOP + PLOT_HEIGHT + 18, "middle", xLabels.get(i));
        }
        List<ChartTable.Row> rows = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = PALETTE.get(s);
            StringBuilder points = new StringBuilder();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < xLabels.size(); i++) {
                Double value = i < line.values().size() ? line.values().get(i) : null;
                if (value == null) {
                    drawSegment(canvas, points, colour);
                    cells.add(missingText);
                    continue;
                }
                double x = x(i, plot);
                double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * Math.min(value, max) / max;
                points.append(ChartCanvas.round(x))
                        .append(',')
                        .append(ChartCanvas.round(y))
                        .append(' ');
                canvas.dot(x, y, colour);
                cells.add(canvas.number(value));
            }
            drawSegment(canvas, points, colour);
            double legendY = TOP + PLOT_HEIGHT + BOTTOM + 20 * s;
            canvas.line(LEFT, legendY, LEFT + 24, legendY, colour, 3);
            canvas.text(LEFT + 32, legendY + 4, "start", line.name());
            rows.add(new ChartTable.Row(line.name(), cells));
        }
        List<String> headers = new ArrayList<>();
        headers.add(seriesHeader);
        headers.addAll(xLabels);
        return new Chart(id, title, canvas.close(), new ChartTable(title, headers, rows));
    }

    private double x(int index, double plot) {
        return xLabels.size() == 1 ? LEFT + plot / 2 : LEFT + 20 + (plot - 40) * index / (xLabels.size() - 1);
    }

    private static void drawSegment(ChartCanvas canvas, StringBuilder points, String colour) {
        if (points.toString().trim().contains(" ")) {
            canvas.polyline(points.toString().trim(), colour);
        }
        points.setLength(0);
    }
}
