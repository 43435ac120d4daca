package nl.ketenwijs.reporting.annual;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.ketenwijs.grievance.ComplaintFigures;
import nl.ketenwijs.grievance.ComplaintStatistics;
import org.springframework.stereotype.Component;

/**
 * The complaint desk's figures for the report, as the desk gives them (groups under five already only as
 * "fewer than five"). A year without a single complaint has no chapter: nothing to report is not a figure.
 */
@Component
class ComplaintChapter {

    private final ComplaintStatistics statistics;

    ComplaintChapter(ComplaintStatistics statistics) {
        this.statistics = statistics;
    }

    Optional<ReportSnapshot.Complaints> of(int year) {
        ComplaintFigures figures = statistics.forYear(year);
        if (figures.total().value() == 0 && !figures.total().fewerThanFive()) {
            return Optional.empty();
        }
        return Optional.of(new ReportSnapshot.Complaints(
                cases(figures.total()),
                rows(figures.byStage(), code -> "portal.status." + code),
                rows(figures.byOutcome(), code -> "portal.figures.outcome." + code),
                rows(figures.byTheme(), code -> "portal.theme." + code),
                figures.acknowledgedInTime().percent(),
                figures.feedbackInTime().percent()));
    }

    private static List<ReportSnapshot.Row> rows(List<ComplaintFigures.Tally> tallies, Function<String, String> key) {
        return tallies.stream()
                .map(tally -> new ReportSnapshot.Row(key.apply(tally.code()), cases(tally.count())))
                .toList();
    }

    private static Integer cases(ComplaintFigures.Count count) {
        return count.fewerThanFive() ? null : count.value();
    }
}
