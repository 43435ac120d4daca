package nl.ketenwijs.grievance.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketenwijs.grievance.ComplaintFigures;
import nl.ketenwijs.grievance.ComplaintFigures.Count;
import nl.ketenwijs.grievance.ComplaintFigures.Share;
import nl.ketenwijs.grievance.ComplaintFigures.Tally;
import org.springframework.context.MessageSource;

/** The figures of the year set beside the criterion they speak to, as lines of text for the review page. */
final class ReviewFigures {

    private final ComplaintFigures figures;
    private final MessageSource messages;
    private final Locale locale;

    private ReviewFigures(ComplaintFigures figures, MessageSource messages, Locale locale) {
        this.figures = figures;
        this.messages = messages;
        this.locale = locale;
    }

    static Map<Criterion, List<String>> of(ComplaintFigures figures, MessageSource messages, Locale locale) {
        ReviewFigures lines = new ReviewFigures(figures, messages, locale);
        Map<Criterion, List<String>> byCriterion = new EnumMap<>(Criterion.class);
        byCriterion.put(
                Criterion.LEGITIMATE,
                List.of(
                        lines.line("review.figure.total", figures.total()),
                        lines.line("review.figure.appealed", stage(figures, "APPEALED"))));
        byCriterion.put(
                Criterion.ACCESSIBLE,
                lines.join(
                        lines.tallies("review.figure.language", figures.byLanguage(), null),
                        lines.tallies("review.figure.channel", figures.byChannel(), null),
                        List.of(lines.line("review.figure.assisted", figures.assisted()))));
        byCriterion.put(
                Criterion.PREDICTABLE,
                lines.join(
                        List.of(
                                lines.share("review.figure.acknowledged", figures.acknowledgedInTime()),
                                lines.share("review.figure.feedback", figures.feedbackInTime())),
                        figures.stageDurations().stream()
                                .map(duration -> lines.say("review.figure.duration")
                                        + " " + lines.say("portal.status." + duration.stage()) + ": "
                                        + (duration.medianDays() == null
                                                ? lines.say("portal.figures.tooFew")
                                                : duration.medianDays()))
                                .toList()));
        byCriterion.put(
                Criterion.EQUITABLE, lines.tallies("review.figure.gender", figures.byGender(), "portal.gender."));
        byCriterion.put(
                Criterion.TRANSPARENT,
                lines.join(
                        List.of(lines.say("review.figure.summaries") + ": "
                                + figures.summaries().size()),
                        lines.tallies("review.figure.stage", figures.byStage(), "portal.status.")));
        byCriterion.put(
                Criterion.RIGHTS_COMPATIBLE,
                lines.tallies("review.figure.outcome", figures.byOutcome(), "portal.figures.outcome."));
        byCriterion.put(
                Criterion.CONTINUOUS_LEARNING,
                lines.tallies("review.figure.theme", figures.byTheme(), "portal.theme."));
        byCriterion.put(
                Criterion.ENGAGEMENT_AND_DIALOGUE,
                List.of(
                        lines.line("review.figure.dialogue", stage(figures, "DIALOGUE")),
                        lines.line("review.figure.mediation", stage(figures, "MEDIATION")),
                        lines.line("review.figure.byDialogue", outcome(figures, "RESOLVED_BY_DIALOGUE"))));
        return byCriterion;
    }

    private static Count stage(ComplaintFigures figures, String code) {
        return find(figures.byStage(), code);
    }

    private static Count outcome(ComplaintFigures figures, String code) {
        return find(figures.byOutcome(), code);
    }

    private static Count find(List<Tally> tallies, String code) {
        return tallies.stream()
                .filter(tally -> tally.code().equals(code))
                .map(Tally::count)
                .findFirst()
                .orElse(Count.of(0));
    }

    private List<String> tallies(String key, List<Tally> tallies, String labelPrefix) {
        if (tallies.isEmpty()) {
            return List.of(say(key) + ": " + say("portal.figures.noneHere"));
        }
        return tallies.stream()
                .map(tally -> say(key) + " " + (labelPrefix == null ? tally.code() : say(labelPrefix + tally.code()))
                        + ": " + shown(tally.count()))
                .toList();
    }

    private String line(String key, Count count) {
        return say(key) + ": " + shown(count);
    }

    private String share(String key, Share share) {
        return say(key) + ": "
                + (share.percent() == null ? say("portal.figures.tooFew") : share.percent() + " %")
                + " (" + shown(share.met()) + " / " + shown(share.of()) + ")";
    }

    private String shown(Count count) {
        return count.fewerThanFive() ? say("portal.figures.fewerThanFive") : String.valueOf(count.value());
    }

    private String say(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    @SafeVarargs
    private List<String> join(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
