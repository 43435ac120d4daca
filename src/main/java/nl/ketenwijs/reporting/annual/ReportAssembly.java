package nl.ketenwijs.reporting.annual;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.ketenwijs.actions.ProjectOutcomes;
import nl.ketenwijs.monitoring.AggregateCell;
import nl.ketenwijs.monitoring.MonitoringResults;
import nl.ketenwijs.monitoring.StepFigures;
import nl.ketenwijs.monitoring.YearResults;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a year's report from live data, as the secretariat sees it: its texts, the aggregates, the
 * examples whose company gave consent (the others are left out), the projects' outcome figures and the
 * complaint figures when the complaint desk has them. The builder previews it; publishing freezes it.
 */
@Component
public class ReportAssembly {

    /** Years back the lines over the years reach, this one included. */
    static final int HISTORY = 5;

    private final AnnualReports reports;
    private final GoodPracticeExamples examples;
    private final MonitoringResults monitoring;
    private final ProjectOutcomes projects;
    private final ComplaintChapter complaints;

    ReportAssembly(
            AnnualReports reports,
            GoodPracticeExamples examples,
            MonitoringResults monitoring,
            ProjectOutcomes projects,
            ComplaintChapter complaints) {
        this.reports = reports;
        this.examples = examples;
        this.monitoring = monitoring;
        this.projects = projects;
        this.complaints = complaints;
    }

    @Transactional
    public ReportSnapshot assemble(int year, int version) {
        ReportTexts texts = reports.find(year).orElse(ReportTexts.empty(year));
        return new ReportSnapshot(
                year,
                version,
                Instant.now(),
                Paragraphs.of(texts.foreword()),
                Paragraphs.of(texts.outlook()),
                results(year),
                publishedExamples(year),
                projectOutcomes(),
                complaints.of(year).orElse(null));
    }

    @Transactional
    public ReportSnapshot.Results results(int year) {
        YearResults now = monitoring.sector(year);
        if (now.whole().participation().suppressed() && now.whole().suppressed()) {
            return null;
        }
        List<ReportSnapshot.YearMeans> history = new ArrayList<>();
        for (int earlier = year - HISTORY + 1; earlier < year; earlier++) {
            ReportSnapshot.YearMeans means = means(monitoring.sector(earlier));
            if (means.means().stream().anyMatch(mean -> mean != null)) {
                history.add(means);
            }
        }
        history.add(means(now));
        return new ReportSnapshot.Results(
                group(now.whole()),
                now.sizeClasses().stream().map(ReportAssembly::group).toList(),
                now.branches().stream().map(ReportAssembly::group).toList(),
                history);
    }

    /** Whether the complaint desk has figures for the year: else the report has no complaints chapter. */
    @Transactional(readOnly = true)
    public boolean hasComplaints(int year) {
        return complaints.of(year).isPresent();
    }

    /** How many collective projects the report would include now. */
    @Transactional(readOnly = true)
    public int projectCount() {
        return projects.all().size();
    }

    private List<ReportSnapshot.PublishedExample> publishedExamples(int year) {
        return examples.forYear(year).stream()
                .filter(Example::publishable)
                .map(example -> new ReportSnapshot.PublishedExample(
                        example.title(),
                        Paragraphs.of(example.body()),
                        example.quote(),
                        example.quotedPerson(),
                        example.company()))
                .toList();
    }

    private List<ReportSnapshot.ProjectOutcome> projectOutcomes() {
        return projects.all().stream()
                .map(project -> new ReportSnapshot.ProjectOutcome(
                        project.title(),
                        Paragraphs.of(project.goal()),
                        project.participants(),
                        project.indicators().stream()
                                .map(i -> new ReportSnapshot.Indicator(
                                        i.name(),
                                        i.unit(),
                                        i.baseline(),
                                        i.target(),
                                        i.latestDate() == null
                                                ? null
                                                : i.latestDate().toString(),
                                        i.latest(),
                                        i.women(),
                                        i.men()))
                                .toList()))
                .toList();
    }

    private static ReportSnapshot.YearMeans means(YearResults results) {
        List<BigDecimal> means =
                results.whole().steps().stream().map(StepFigures::mean).toList();
        return new ReportSnapshot.YearMeans(results.year(), new ArrayList<>(means));
    }

    private static ReportSnapshot.Group group(AggregateCell cell) {
        AggregateCell.Participation p = cell.participation();
        return new ReportSnapshot.Group(
                cell.kind().name(),
                cell.name(),
                p.suppressed(),
                p.invited(),
                p.submitted(),
                p.accepted(),
                p.assessed(),
                cell.steps().stream()
                        .map(s -> new ReportSnapshot.Step(
                                s.step().name(),
                                s.suppressed(),
                                s.companies(),
                                s.levels(),
                                s.mean(),
                                s.previousMean(),
                                s.change()))
                        .toList());
    }
}
