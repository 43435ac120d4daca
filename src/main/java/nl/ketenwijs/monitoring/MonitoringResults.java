package nl.ketenwijs.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.organisation.BranchMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly self-assessments in aggregate: participation and the maturity per due-diligence step for the
 * sector, per size class and per branch organisation, with the change since the year before. Counted by
 * the database ({@code kw_assessment_figures}), which opens no company's assessment to the caller and
 * returns no levels of a group below {@link GroupSize#MINIMUM}. Whether the caller may see a scope is the
 * caller's decision: the secretariat the sector, branch staff their own branch.
 */
@Service
public class MonitoringResults {

    static final List<String> SIZE_CLASSES = List.of("SME", "LARGE");

    private final JdbcClient jdbc;
    private final BranchMembers branchMembers;

    MonitoringResults(JdbcClient jdbc, BranchMembers branchMembers) {
        this.jdbc = jdbc;
        this.branchMembers = branchMembers;
    }

    /** The whole sector, its size classes and every branch organisation. */
    @Transactional
    public YearResults sector(int year) {
        Map<String, String> names = branchMembers.branches().stream()
                .collect(Collectors.toMap(b -> b.id().toString(), BranchMembers.Branch::name));
        List<Figure> now = figures(year, null);
        List<Figure> before = figures(year - 1, null);
        List<AggregateCell> branches = names.keySet().stream()
                .map(key -> cell(AggregateCell.Kind.BRANCH, "BRANCH", key, names.get(key), now, before))
                .sorted(Comparator.comparing(AggregateCell::name))
                .toList();
        return new YearResults(
                year, cell(AggregateCell.Kind.SECTOR, "ALL", "", "", now, before), sizeClasses(now, before), branches);
    }

    /** A branch organisation's members, whole and per size class; empty branches list. */
    @Transactional
    public YearResults branch(UUID branch, int year) {
        String name = branchMembers.name(branch).orElseThrow(() -> new IllegalArgumentException("No such branch"));
        UUID[] members = branchMembers.of(branch).stream()
                .map(BranchMembers.Member::companyId)
                .toArray(UUID[]::new);
        List<Figure> now = figures(year, members);
        List<Figure> before = figures(year - 1, members);
        return new YearResults(
                year,
                cell(AggregateCell.Kind.BRANCH, "ALL", branch.toString(), name, now, before),
                sizeClasses(now, before),
                List.of());
    }

    /** The reporting years with a published questionnaire, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT reporting_year FROM questionnaire WHERE status = 'PUBLISHED' ORDER BY 1 DESC")
                .query(Integer.class)
                .list();
    }

    private static List<AggregateCell> sizeClasses(List<Figure> now, List<Figure> before) {
        return SIZE_CLASSES.stream()
                .map(size -> cell(AggregateCell.Kind.SIZE_CLASS, "SIZE", size, size, now, before))
                .toList();
    }

    private static AggregateCell cell(
            AggregateCell.Kind kind, String group, String key, String name, List<Figure> now, List<Figure> before) {
        Figure counted = now.stream()
                .filter(f -> f.isParticipation() && f.in(group, key))
                .findFirst()
                .orElse(new Figure(group, key, null, null, 0, 0, 0, 0));
        AggregateCell.Participation participation = GroupSize.isEnough(counted.invited())
                ? new AggregateCell.Participation(
                        false, counted.invited(), counted.submitted(), counted.accepted(), counted.assessed())
                : AggregateCell.Participation.withheld();
        List<StepFigures> steps = new ArrayList<>();
        for (DueDiligenceStep step : DueDiligenceStep.values()) {
            int[] levels = levels(now, group, key, step);
            int companies = sum(levels);
            if (!GroupSize.isEnough(companies)) {
                steps.add(StepFigures.withheld(step));
                continue;
            }
            int[] earlier = levels(before, group, key, step);
            BigDecimal mean = mean(levels);
            BigDecimal previous = GroupSize.isEnough(sum(earlier)) ? mean(earlier) : null;
            steps.add(new StepFigures(
                    step,
                    false,
                    companies,
                    java.util.Arrays.stream(levels).boxed().toList(),
                    mean,
                    previous,
                    previous == null ? null : mean.subtract(previous)));
        }
        return new AggregateCell(kind, key, name, participation, steps);
    }

    private static int[] levels(List<Figure> figures, String group, String key, DueDiligenceStep step) {
        int[] levels = new int[5];
        figures.stream()
                .filter(f -> f.in(group, key) && step.name().equals(f.step()))
                .forEach(f -> levels[f.level()] += f.assessed());
        return levels;
    }

    private static int sum(int[] levels) {
        return java.util.Arrays.stream(levels).sum();
    }

    private static BigDecimal mean(int[] levels) {
        int total = 0;
        for (int level = 0; level < levels.length; level++) {
            total += level * levels[level];
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(sum(levels)), 2, RoundingMode.HALF_UP);
    }

    private List<Figure> figures(int year, UUID[] companies) {
        return jdbc.sql("SELECT * FROM kw_assessment_figures(?, ?, ?)")
                .params(year, companies, GroupSize.MINIMUM)
                .query((rs, n) -> new Figure(
                        rs.getString("group_kind"),
                        rs.getString("group_key"),
                        rs.getString("step"),
                        (Integer) rs.getObject("level"),
                        intOrZero(rs.getObject("invited")),
                        intOrZero(rs.getObject("submitted")),
                        intOrZero(rs.getObject("accepted")),
                        intOrZero(rs.getObject("assessed"))))
                .list();
    }

    private static int intOrZero(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** A row of the database function: participation (no step) or the companies at one level of a step. */
    private record Figure(
            String group,
            String key,
            String step,
            Integer level,
            int invited,
            int submitted,
            int accepted,
            int assessed) {

        boolean isParticipation() {
            return step == null;
        }

        /** The whole group's rows carry no key; a caller names the whole by what it is (a branch's id). */
        boolean in(String group, String key) {
            return this.group.equals(group) && ("ALL".equals(group) || this.key.equals(key));
        }
    }
}
