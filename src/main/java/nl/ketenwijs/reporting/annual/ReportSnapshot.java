package nl.ketenwijs.reporting.annual;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything a published edition shows, frozen when it was published: the texts as paragraphs, the
 * aggregates, the examples whose company consented, the projects' outcome figures and the complaint
 * figures. Stored as JSON with the edition, so the published report stays as it was when data change.
 * Its own records, not the other modules' types, so an old edition still reads after those change.
 *
 * @param results null when the year has no monitoring figures
 * @param complaints null when the complaint desk has no statistics to give
 */
public record ReportSnapshot(
        int year,
        int version,
        Instant frozenAt,
        List<String> foreword,
        List<String> outlook,
        Results results,
        List<PublishedExample> examples,
        List<ProjectOutcome> projects,
        Complaints complaints) {

    public ReportSnapshot {
        foreword = List.copyOf(foreword);
        outlook = List.copyOf(outlook);
        examples = List.copyOf(examples);
        projects = List.copyOf(projects);
    }

    /** The sector, its size classes and branches for the year, and the sector's mean per step over the years. */
    public record Results(Group sector, List<Group> sizeClasses, List<Group> branches, List<YearMeans> history) {}

    /**
     * One group's participation and maturity per step; participation figures are null when withheld.
     *
     * @param kind SECTOR, SIZE_CLASS or BRANCH
     * @param name a branch's name, a size class's code, empty for the sector
     */
    public record Group(
            String kind,
            String name,
            boolean participationSuppressed,
            Integer invited,
            Integer submitted,
            Integer accepted,
            Integer assessed,
            List<Step> steps) {

        public boolean suppressed() {
            return steps.stream().allMatch(Step::suppressed);
        }
    }

    /** A due-diligence step's companies per maturity level 0 to 4 and their mean; figures null when withheld. */
    public record Step(
            String step,
            boolean suppressed,
            Integer companies,
            List<Integer> levels,
            BigDecimal mean,
            BigDecimal previousMean,
            BigDecimal change) {}

    /** The sector's mean per step (in the order of the steps; null where withheld) in one year. */
    public record YearMeans(int year, List<BigDecimal> means) {}

    public record PublishedExample(
            String title, List<String> body, String quote, String quotedPerson, String company) {}

    public record ProjectOutcome(String title, List<String> goal, int participants, List<Indicator> indicators) {}

    /** An outcome indicator with its latest value; women and men apart where the project counts them so. */
    public record Indicator(
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            String latestDate,
            BigDecimal latest,
            BigDecimal women,
            BigDecimal men) {}

    /**
     * The complaint desk's figures of the year: counts are null where a group had fewer than five cases,
     * percentages null where fewer than five cases reached the clock.
     */
    public record Complaints(
            Integer total,
            List<Row> byStage,
            List<Row> byOutcome,
            List<Row> byTheme,
            Integer acknowledgedInTime,
            Integer feedbackInTime) {}

    /** A group of cases by the message key of its name. */
    public record Row(String labelKey, Integer cases) {}
}
