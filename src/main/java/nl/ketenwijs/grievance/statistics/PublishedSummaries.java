package nl.ketenwijs.grievance.statistics;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.ketenwijs.grievance.ComplaintFigures.PublicSummary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The summaries handlers published for closed cases received in a year, oldest publication first. */
final class PublishedSummaries {

    private PublishedSummaries() {}

    static List<PublicSummary> of(JdbcClient jdbc, int year) {
        return jdbc.sql("""
                        SELECT coalesce(c.closing_reason, c.status) AS outcome, s.summary
                          FROM grievance_case_summary s JOIN grievance_case c ON c.id = s.case_id
                         WHERE s.published AND c.status = 'CLOSED' AND c.received_at >= ? AND c.received_at < ?
                         ORDER BY s.published_at, s.case_id
                        """)
                .params(
                        OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                        OffsetDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .query((rs, n) -> new PublicSummary(rs.getString("outcome"), rs.getString("summary")))
                .list();
    }
}
