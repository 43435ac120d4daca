package nl.ketenwijs.reporting.annual;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editions of the annual report. Generating one is a job with its progress in the database, each write
 * a transaction of its own so that progress shows while it runs, on any instance; a published edition is
 * frozen by a database trigger.
 */
@Repository
public class Editions {

    /** A generation that reported nothing for this long has lost its instance. */
    static final Duration SILENT = Duration.ofMinutes(2);

    private static final String COLUMNS = """
            id, year, version, status, steps_total, steps_done, requested_by, started_at, finished_at,
            status = 'GENERATING' AND heartbeat_at < now() - make_interval(secs => :silent) AS interrupted
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Editions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next version of the year, started; two requests at once get different versions or one fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Edition start(int year, int steps, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO report_edition (id, year, version, steps_total, requested_by)
                        SELECT :id, :year, coalesce(max(version), 0) + 1, :steps, :by
                          FROM report_edition WHERE year = :year
                        """)
                .param("id", id)
                .param("year", year)
                .param("steps", steps)
                .param("by", by)
                .update();
        return find(id).orElseThrow();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(UUID edition, int done) {
        jdbc.sql("UPDATE report_edition SET steps_done = ?, heartbeat_at = now() WHERE id = ?")
                .params(done, edition)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void publish(UUID edition, ReportSnapshot snapshot, byte[] pdf) {
        jdbc.sql("""
                        UPDATE report_edition
                           SET status = 'PUBLISHED', snapshot = ?::jsonb, pdf = ?, steps_done = steps_total,
                               heartbeat_at = now(), finished_at = now()
                         WHERE id = ?
                        """).params(json.writeValueAsString(snapshot), pdf, edition).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(UUID edition) {
        jdbc.sql("UPDATE report_edition SET status = 'FAILED', finished_at = now() WHERE id = ?")
                .param(edition)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Edition> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_edition WHERE id = :id")
                .param("silent", SILENT.toSeconds())
                .param("id", id)
                .query(Edition.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Edition> ofYear(int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_edition WHERE year = :year ORDER BY version DESC")
                .param("silent", SILENT.toSeconds())
                .param("year", year)
                .query(Edition.class)
                .list();
    }

    /** The newest published edition's snapshot: what the public reads. */
    @Transactional(readOnly = true)
    public Optional<ReportSnapshot> published(int year) {
        return jdbc.sql("""
                        SELECT snapshot::text FROM report_edition WHERE year = ? AND status = 'PUBLISHED'
                         ORDER BY version DESC LIMIT 1
                        """)
                .param(year)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, ReportSnapshot.class));
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> publishedPdf(int year) {
        return jdbc.sql("""
                        SELECT pdf FROM report_edition WHERE year = ? AND status = 'PUBLISHED'
                         ORDER BY version DESC LIMIT 1
                        """).param(year).query(byte[].class).optional();
    }

    @Transactional(readOnly = true)
    public boolean anyPublished(int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM report_edition WHERE year = ? AND status = 'PUBLISHED')")
                .param(year)
                .query(Boolean.class)
                .single();
    }
}
