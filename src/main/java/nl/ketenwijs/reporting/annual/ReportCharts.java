package nl.ketenwijs.reporting.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.shared.BarChart;
import nl.ketenwijs.shared.Chart;
import nl.ketenwijs.shared.LineChart;
import nl.ketenwijs.shared.StackedBarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's charts, drawn from a snapshot's figures in the reader's language: the maturity levels per
 * step, participation per branch and size class, and the mean per step over the years. The same charts,
 * by name, go into the public page, the builder's preview and the PDF.
 */
@Component
public class ReportCharts {

    public static final String MATURITY = "maturity";
    public static final String PARTICIPATION = "participation";
    public static final String HISTORY = "history";

    private final MessageSource messages;

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** By name, in the order the report shows them; empty without figures. */
    public Map<String, Chart> of(ReportSnapshot.Results results, Locale locale) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        if (results == null) {
            return charts;
        }
        charts.put(MATURITY, maturity(results.sector(), locale));
        charts.put(PARTICIPATION, participation(results, locale));
        if (results.history().size() > 1) {
            charts.put(HISTORY, history(results.history(), locale));
        }
        return charts;
    }

    public Optional<Chart> named(ReportSnapshot.Results results, String name, Locale locale) {
        return Optional.ofNullable(of(results, locale).get(name));
    }

    private Chart maturity(ReportSnapshot.Group sector, Locale locale) {
        List<StackedBarChart.Stack> stacks = new ArrayList<>();
        for (ReportSnapshot.Step step : sector.steps()) {
            List<Double> shares = null;
            if (!step.suppressed() && step.companies() != null && step.companies() > 0) {
                shares = step.levels().stream()
                        .map(count -> count / (double) step.companies())
                        .toList();
            }
            stacks.add(new StackedBarChart.Stack(stepName(step.step(), locale), shares));
        }
        List<String> levels = new ArrayList<>();
        for (int level = 0; level <= 4; level++) {
            levels.add(text("report.chart.level", locale, level));
        }
        return new StackedBarChart(
                        MATURITY,
                        text("report.chart.maturity.title", locale),
                        text("report.chart.maturity.description", locale),
                        text("report.chart.step", locale),
                        levels,
                        stacks,
                        text("report.chart.suppressed", locale))
                .render(locale);
    }

    private Chart participation(ReportSnapshot.Results results, Locale locale) {
        List<BarChart.Bar> bars = new ArrayList<>();
        bars.add(bar(text("report.chart.sector", locale), results.sector()));
        for (ReportSnapshot.Group size : results.sizeClasses()) {
            bars.add(bar(text("report.size." + size.name(), locale), size));
        }
        for (ReportSnapshot.Group branch : results.branches()) {
            bars.add(bar(branch.name(), branch));
        }
        return new BarChart(
                        PARTICIPATION,
                        text("report.chart.participation.title", locale),
                        text("report.chart.participation.description", locale),
                        text("report.chart.group", locale),
                        text("report.chart.participation.value", locale),
                        100,
                        bars,
                        text("report.chart.suppressed", locale))
                .render(locale);
    }

    private static BarChart.Bar bar(String label, ReportSnapshot.Group group) {
        if (group.participationSuppressed() || group.invited() == null || group.invited() == 0) {
            return new BarChart.Bar(label, null);
        }
        return new BarChart.Bar(label, 100.0 * group.assessed() / group.invited());
    }

    private Chart history(List<ReportSnapshot.YearMeans> years, Locale locale) {
        List<LineChart.Series> series = new ArrayList<>();
        DueDiligenceStep[] steps = DueDiligenceStep.values();
        for (int s = 0; s < steps.length; s++) {
            List<Double> values = new ArrayList<>();
            for (ReportSnapshot.YearMeans year : years) {
                BigDecimal mean = s < year.means().size() ? year.means().get(s) : null;
                values.add(mean == null ? null : mean.doubleValue());
            }
            series.add(new LineChart.Series(stepName(steps[s].name(), locale), values));
        }
        return new LineChart(
                        HISTORY,
                        text("report.chart.history.title", locale),
                        text("report.chart.history.description", locale),
                        text("report.chart.step", locale),
                        years.stream().map(y -> Integer.toString(y.year())).toList(),
                        4,
                        series,
                        text("report.chart.suppressed", locale))
                .render(locale);
    }

    private String stepName(String step, Locale locale) {
        return text(DueDiligenceStep.valueOf(step).messageKey(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
