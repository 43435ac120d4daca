package nl.ketenwijs.grievance.statistics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.grievance.ComplaintFigures;
import nl.ketenwijs.grievance.ComplaintFigures.Count;
import nl.ketenwijs.grievance.ComplaintFigures.Share;
import nl.ketenwijs.grievance.ComplaintFigures.StageDuration;
import nl.ketenwijs.grievance.ComplaintFigures.Tally;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts over the plain columns of the complaint tables (never their encrypted content), for the cases
 * received in one calendar year (UTC). Stage durations come from the transitions: the time from a case
 * entering a stage to its next move, so a stage a case is still in does not count yet.
 */
@Component
public class FigureQueries {

    private static final String IN_YEAR = " c.received_at >= :from AND c.received_at < :to ";

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    FigureQueries(ComplaintsScope scope, JdbcClient jdbc, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ComplaintFigures forYear(int year) {
        return scope.read(() -> new ComplaintFigures(
                year,
                Count.of(count(year, "SELECT count(*) FROM grievance_case c WHERE" + IN_YEAR)),
                tally(year, "unnest(c.themes)", ""),
                tally(year, "coalesce(c.country, '')", ""),
                byCommodity(year),
                byStage(year),
                tally(year, "c.closing_reason", " AND c.status = 'CLOSED' AND c.closing_reason IS NOT NULL"),
                tally(year, "coalesce(c.gender, 'NOT_SAID')", ""),
                tally(year, "c.language", ""),
                tally(year, "c.contact_channel", ""),
                Count.of(count(
                        year,
                        "SELECT count(*) FROM grievance_case c WHERE" + IN_YEAR + "AND c.assisted_by IS NOT NULL")),
                durations(year),
                clock(year, "acknowledged_at", "acknowledge_by"),
                clock(year, "feedback_given_at", "feedback_by"),
                PublishedSummaries.of(jdbc, year)));
    }

    public List<Integer> years() {
        int now = clock.instant().atOffset(ZoneOffset.UTC).getYear();
        return scope.read(
                () -> jdbc.sql("""
                        SELECT DISTINCT y FROM (
                            SELECT extract(year FROM received_at AT TIME ZONE 'UTC')::int AS y FROM grievance_case
                            UNION SELECT :now) years
                         ORDER BY y DESC
                        """).param("now", now).query(Integer.class).list());
    }

    private List<Tally> tally(int year, String code, String condition) {
        return jdbc.sql("SELECT " + code + " AS code, count(*) AS n FROM grievance_case c WHERE" + IN_YEAR + condition
                        + " GROUP BY 1 ORDER BY 2 DESC, 1")
                .params(bounds(year))
                .query((rs, n) -> new Tally(rs.getString("code"), Count.of(rs.getLong("n"))))
                .list();
    }

    /** The commodity the handler routed the case by; cases not (yet) routed by a commodity count as empty. */
    private List<Tally> byCommodity(int year) {
        return jdbc.sql("""
                        SELECT coalesce(r.commodity_code, '') AS code, count(*) AS n
                          FROM grievance_case c LEFT JOIN grievance_case_routing r ON r.case_id = c.id
                         WHERE""" + IN_YEAR + """
                         GROUP BY 1 ORDER BY 2 DESC, 1
                        """)
                .params(bounds(year))
                .query((rs, n) -> new Tally(rs.getString("code"), Count.of(rs.getLong("n"))))
                .list();
    }

    /** Every stage in the order of the procedure, also those without cases. */
    private List<Tally> byStage(int year) {
        List<Tally> found = tally(year, "c.status", "");
        return Arrays.stream(CaseStatus.values())
                .map(stage -> found.stream()
                        .filter(tally -> tally.code().equals(stage.name()))
                        .findFirst()
                        .orElse(new Tally(stage.name(), Count.of(0))))
                .toList();
    }

    private List<StageDuration> durations(int year) {
        return jdbc
                .sql("""
                        SELECT stage, count(*) AS cases, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median
                          FROM (SELECT t.to_status AS stage,
                                       extract(epoch FROM lead(t.transitioned_at) OVER (
                                           PARTITION BY t.case_id ORDER BY t.transitioned_at, t.id) - t.transitioned_at)
                                           / 86400.0 AS days
                                  FROM grievance_case_transition t JOIN grievance_case c ON c.id = t.case_id
                                 WHERE c.received_at >= :from AND c.received_at < :to) stays
                         WHERE days IS NOT NULL
                         GROUP BY stage
                        """)
                .params(bounds(year))
                .query((rs, n) -> {
                    Count cases = Count.of(rs.getLong("cases"));
                    double median = rs.getDouble("median");
                    return new StageDuration(
                            rs.getString("stage"),
                            cases,
                            cases.fewerThanFive() ? null : Math.round(median * 10) / 10.0);
                })
                .list()
                .stream()
                .sorted(Comparator.comparing(duration -> CaseStatus.valueOf(duration.stage())))
                .toList();
    }

    /**
     * A legal clock: of the cases whose deadline has passed or that were answered already, how many were
     * answered by their deadline.
     */
    private Share clock(int year, String done, String deadline) {
        var params = new HashMap<>(bounds(year));
        params.put("now", clock.instant().atOffset(ZoneOffset.UTC));
        return jdbc.sql("SELECT count(*) FILTER (WHERE " + done + " <= " + deadline + ") AS met,"
                        + " count(*) FILTER (WHERE " + done + " IS NOT NULL OR " + deadline + " < :now) AS due"
                        + " FROM grievance_case c WHERE" + IN_YEAR)
                .params(params)
                .query((rs, n) -> Share.of(rs.getLong("met"), rs.getLong("due")))
                .single();
    }

    private long count(int year, String sql) {
        return jdbc.sql(sql).params(bounds(year)).query(Long.class).single();
    }

    private static Map<String, Object> bounds(int year) {
        return Map.of(
                "from", OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                "to", OffsetDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }
}
