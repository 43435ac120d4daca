package nl.ketenwijs.grievance.statistics;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The anonymised public summary of a case, in the handler's plain words. It appears on the public figures
 * page only once the handler published it and only while the case is closed.
 */
@Component
public class CaseSummaries {

    public static final int LONGEST = 1500;

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseSummaries(ComplaintsScope scope, JdbcClient jdbc, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A case as its summary page needs it: its number, stage and summary so far. */
    public record Summarised(String locator, String status, String text, boolean published) {

        public boolean closed() {
            return status.equals("CLOSED");
        }
    }

    public Optional<Summarised> find(UUID caseId) {
        return scope.read(() -> jdbc.sql("""
                        SELECT c.locator, c.status, s.summary, coalesce(s.published, false) AS published
                          FROM grievance_case c LEFT JOIN grievance_case_summary s ON s.case_id = c.id
                         WHERE c.id = ?
                        """)
                .param(caseId)
                .query((rs, n) -> new Summarised(
                        rs.getString("locator"),
                        rs.getString("status"),
                        rs.getString("summary"),
                        rs.getBoolean("published")))
                .optional());
    }

    /** Saves the text; publishing keeps its first date, withdrawing clears it. */
    public void save(UUID caseId, String text, boolean published, UUID handler) {
        scope.write(() -> jdbc.sql("""
                        INSERT INTO grievance_case_summary (case_id, summary, published, written_by, written_at, published_at)
                        VALUES (:case, :text, :published, :handler, :now, CASE WHEN :published THEN :now END)
                        ON CONFLICT (case_id) DO UPDATE SET summary = excluded.summary, published = excluded.published,
                               written_by = excluded.written_by, written_at = excluded.written_at,
                               published_at = CASE WHEN excluded.published
                                                   THEN coalesce(grievance_case_summary.published_at, excluded.written_at)
                                              END
                        """)
                .param("case", caseId)
                .param("text", text)
                .param("published", published)
                .param("handler", handler)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update());
    }
}
