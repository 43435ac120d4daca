package nl.ketenwijs.grievance.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.grievance.ComplaintFigures;
import nl.ketenwijs.grievance.ComplaintFigures.Count;
import nl.ketenwijs.grievance.ComplaintFigures.Share;
import nl.ketenwijs.grievance.ComplaintFigures.Tally;
import org.springframework.context.MessageSource;

/** The public figures of a year as the page shows them: every group named and counted in the person's language. */
record FiguresView(
        int year,
        String total,
        boolean empty,
        List<Row> themes,
        List<Row> countries,
        List<Row> commodities,
        List<Row> stages,
        List<Row> outcomes,
        List<Row> genders,
        List<Row> durations,
        List<Row> clocks,
        List<Row> summaries) {

    /** A named group with its figure, and where it applies a second one (the cases behind a median). */
    record Row(String label, String value, String detail) {}

    static FiguresView of(
            ComplaintFigures figures,
            List<CountryChoices.Choice> countryNames,
            Map<String, String> commodityNames,
            MessageSource messages,
            Locale locale) {
        Function<String, String> say = key -> messages.getMessage(key, null, key, locale);
        Function<Count, String> count = value ->
                value.fewerThanFive() ? say.apply("portal.figures.fewerThanFive") : String.valueOf(value.value());
        Map<String, String> names = countryNames.stream()
                .collect(Collectors.toMap(CountryChoices.Choice::code, CountryChoices.Choice::name, (a, b) -> a));
        return new FiguresView(
                figures.year(),
                count.apply(figures.total()),
                figures.total().value() == 0 && !figures.total().fewerThanFive(),
                rows(figures.byTheme(), code -> say.apply("portal.theme." + code), count),
                rows(
                        figures.byCountry(),
                        code -> code.isEmpty()
                                ? say.apply("portal.figures.countryUnknown")
                                : names.getOrDefault(code, code),
                        count),
                rows(
                        figures.byCommodity(),
                        code -> code.isEmpty()
                                ? say.apply("portal.figures.commodityUnknown")
                                : commodityNames.getOrDefault(code, code),
                        count),
                rows(figures.byStage(), code -> say.apply("portal.status." + code), count),
                rows(figures.byOutcome(), code -> say.apply("portal.figures.outcome." + code), count),
                rows(
                        figures.byGender(),
                        code -> code.equals("NOT_SAID")
                                ? say.apply("portal.form.notSaid")
                                : say.apply("portal.gender." + code),
                        count),
                figures.stageDurations().stream()
                        .map(duration -> new Row(
                                say.apply("portal.status." + duration.stage()),
                                duration.medianDays() == null
                                        ? say.apply("portal.figures.tooFew")
                                        : String.format(locale, "%.1f", duration.medianDays()),
                                count.apply(duration.cases())))
                        .toList(),
                List.of(
                        clock(say.apply("portal.figures.acknowledged"), figures.acknowledgedInTime(), say, count),
                        clock(say.apply("portal.figures.feedback"), figures.feedbackInTime(), say, count)),
                figures.summaries().stream()
                        .map(summary -> new Row(
                                say.apply("portal.figures.outcome." + summary.stageOrOutcome()), summary.text(), null))
                        .toList());
    }

    private static List<Row> rows(List<Tally> tallies, Function<String, String> label, Function<Count, String> count) {
        return tallies.stream()
                .map(tally -> new Row(label.apply(tally.code()), count.apply(tally.count()), null))
                .toList();
    }

    private static Row clock(String label, Share share, Function<String, String> say, Function<Count, String> count) {
        return new Row(
                label,
                share.percent() == null ? say.apply("portal.figures.tooFew") : share.percent() + " %",
                count.apply(share.of()));
    }
}
