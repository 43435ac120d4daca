package nl.ketenwijs.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One bar per category, divided into shares that add up to 100 %: the distribution of maturity levels
 * per due-diligence step, for example. The segments run from pale to dark in a sequential palette
 * (ColorBrewer Blues), readable with colour blindness and in grey; a legend names them.
 *
 * @param segmentNames the names of the shares, in drawing order (lowest level first)
 * @param missingText what a stack without figures says (a group too small to show)
 */
public record StackedBarChart(
        String id,
        String title,
        String description,
        String categoryHeader,
        List<String> segmentNames,
        List<Stack> stacks,
        String missingText) {

    static final List<String> PALETTE = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

    private static final int LABELS = 200;
    private static final int ROW = 30;
    private static final int TOP = 12;
    private static final int LEGEND = 44;

    public StackedBarChart {
        segmentNames = List.copyOf(segmentNames);
        stacks = List.copyOf(stacks);
        if (segmentNames.isEmpty() || segmentNames.size() > PALETTE.size()) {
            throw new IllegalArgumentException("A stacked bar has 1 to " + PALETTE.size() + " segments");
        }
    }

    /** @param shares per segment a share from 0 to 1, null when the stack may not be shown */
    public record Stack(String label, List<Double> shares) {}

    public Chart render(Locale locale) {
        int height = TOP + ROW * stacks.size() + LEGEND;
        ChartCanvas canvas = new ChartCanvas(id, title, description, height, locale);
        double plot = ChartCanvas.WIDTH - LABELS - 20;
        List<String> palette = PALETTE.subList(PALETTE.size() - segmentNames.size(), PALETTE.size());
        List<ChartTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < stacks.size(); i++) {
            Stack stack = stacks.get(i);
            double y = TOP + ROW * i;
            canvas.label(LABELS - 8, y + 19, stack.label());
            if (stack.shares() == null) {
                canvas.text(LABELS + 6, y + 19, "start", missingText, ChartCanvas.MUTED);
                rows.add(new ChartTable.Row(
                        stack.label(),
                        segmentNames.stream().map(name -> missingText).toList()));
                continue;
            }
            double x = LABELS;
            List<String> cells = new ArrayList<>();
            for (int s = 0; s < segmentNames.size(); s++) {
                double share = s < stack.shares().size() ? stack.shares().get(s) : 0;
                double width = plot * share;
                canvas.rect(x, y + 5, width, ROW - 10, palette.get(s));
                if (width >= 30) {
                    canvas.text(
                            x + width / 2,
                            y + 19,
                            "middle",
                            canvas.number(share * 100) + "%",
                            s >= palette.size() - 2 ? "#ffffff" : ChartCanvas.INK);
                }
                x += width;
                cells.add(canvas.number(share * 100) + " %");
            }
            canvas.rect(LABELS, y + 5, 0.5, ROW - 10, ChartCanvas.INK);
            rows.add(new ChartTable.Row(stack.label(), cells));
        }
        legend(canvas, palette, TOP + ROW * stacks.size() + 16);
        List<String> headers = new ArrayList<>();
        headers.add(categoryHeader);
        headers.addAll(segmentNames);
        return new Chart(id, title, canvas.close(), new ChartTable(title, headers, rows));
    }

    private void legend(ChartCanvas canvas, List<String> palette, double y) {
        double step = (ChartCanvas.WIDTH - LABELS) / (double) segmentNames.size();
        for (int s = 0; s < segmentNames.size(); s++) {
            double x = LABELS + step * s;
            canvas.rect(x, y, 14, 14, palette.get(s));
            canvas.line(x, y + 14, x + 14, y + 14, ChartCanvas.GRID, 1);
            canvas.text(x + 20, y + 12, "start", segmentNames.get(s));
        }
    }
}
