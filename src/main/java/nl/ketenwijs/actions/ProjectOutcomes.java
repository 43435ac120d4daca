package nl.ketenwijs.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collective projects in figures, for the annual report: each project's title and goal, how many
 * organisations joined, and every outcome indicator with its latest value. Never who joined, nor a plan,
 * update or document. Row-level security opens a project's indicators to the secretariat and the
 * project's participants only, so called by anyone else it returns the projects without their figures.
 */
@Service
public class ProjectOutcomes {

    public record Outcome(
            UUID id, String title, String goal, String status, int participants, List<Indicator> indicators) {}

    /** Latest value null when nothing was recorded yet; women and men null unless counted apart. */
    public record Indicator(
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            LocalDate latestDate,
            BigDecimal latest,
            BigDecimal women,
            BigDecimal men) {}

    private record IndicatorRow(UUID projectId, Indicator indicator) {}

    private final JdbcClient jdbc;

    ProjectOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Outcome> all() {
        Map<UUID, List<Indicator>> indicators = jdbc
                .sql("""
                        SELECT i.project_id, i.name, i.unit, i.baseline, i.target,
                               v.value_date, v.total, v.women, v.men
                          FROM project_indicator i
                          LEFT JOIN LATERAL (SELECT value_date, total, women, men FROM project_indicator_value v
                                              WHERE v.indicator_id = i.id
                                              ORDER BY value_date DESC, created_at DESC LIMIT 1) v ON true
                         ORDER BY i.created_at, i.id
                        """)
                .query((rs, n) -> new IndicatorRow(
                        rs.getObject("project_id", UUID.class),
                        new Indicator(
                                rs.getString("name"),
                                rs.getString("unit"),
                                rs.getBigDecimal("baseline"),
                                rs.getBigDecimal("target"),
                                rs.getObject("value_date", LocalDate.class),
                                rs.getBigDecimal("total"),
                                rs.getBigDecimal("women"),
                                rs.getBigDecimal("men"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        IndicatorRow::projectId, Collectors.mapping(IndicatorRow::indicator, Collectors.toList())));
        return jdbc.sql("""
                        SELECT c.id, c.title, c.goal, c.status,
                               (SELECT count(*) FROM project_participant p
                                 WHERE p.project_id = c.id AND p.status = 'JOINED') AS participants
                          FROM collective_project c ORDER BY c.created_at, c.id
                        """)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Outcome(
                            id,
                            rs.getString("title"),
                            rs.getString("goal"),
                            rs.getString("status"),
                            rs.getInt("participants"),
                            indicators.getOrDefault(id, List.of()));
                })
                .list();
    }
}
