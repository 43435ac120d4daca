package nl.ketenwijs.riskanalysis.register;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.riskknowledge.DatasetEditionPublished;
import nl.ketenwijs.riskknowledge.ExpertAssessmentChanged;
import nl.ketenwijs.riskknowledge.ExpertAssessmentsShipped;
import nl.ketenwijs.riskknowledge.RiskKnowledgeEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The re-evaluations of all registers after a knowledge change, each a job with its progress in the
 * database, so the secretariat follows it on any instance. Every write is a transaction of its own: progress
 * shows while the job runs, not when it ends.
 */
@Repository
public class ReevaluationJobs {

    /** A running job that reported nothing for this long has lost its instance. */
    static final Duration SILENT = Duration.ofMinutes(2);

    private final JdbcClient jdbc;

    ReevaluationJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID start(RiskKnowledgeEvent cause, int total) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO register_job (id, kind, details, total) VALUES (?, ?, ?::text[], ?)")
                .params(id, kind(cause), details(cause), total)
                .update();
        return id;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(UUID job, int done, int failed) {
        jdbc.sql("UPDATE register_job SET done = ?, failed = ?, heartbeat_at = now() WHERE id = ?")
                .params(done, failed, job)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(UUID job, int done, int failed) {
        jdbc.sql("""
                        UPDATE register_job SET done = ?, failed = ?, heartbeat_at = now(), finished_at = now()
                         WHERE id = ?
                        """).params(done, failed, job).update();
    }

    @Transactional(readOnly = true)
    public List<ReevaluationJob> recent(int limit) {
        return jdbc.sql("""
                        SELECT id, kind, details, total, done, failed, started_at, finished_at,
                               finished_at IS NULL AND heartbeat_at < now() - make_interval(secs => ?) AS interrupted
                          FROM register_job ORDER BY started_at DESC LIMIT ?
                        """)
                .params(SILENT.toSeconds(), limit)
                .query((rs, n) -> new ReevaluationJob(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        List.of((String[]) rs.getArray("details").getArray()),
                        rs.getInt("total"),
                        rs.getInt("done"),
                        rs.getInt("failed"),
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class),
                        rs.getBoolean("interrupted")))
                .list();
    }

    private static String kind(RiskKnowledgeEvent cause) {
        if (cause instanceof DatasetEditionPublished) {
            return "edition";
        }
        return cause instanceof ExpertAssessmentChanged ? "expert" : "shipped";
    }

    private static String[] details(RiskKnowledgeEvent cause) {
        if (cause instanceof DatasetEditionPublished published) {
            return new String[] {published.dataSet(), published.edition()};
        }
        if (cause instanceof ExpertAssessmentChanged changed) {
            return new String[] {changed.commodityCode(), changed.themeCode()};
        }
        return ((ExpertAssessmentsShipped) cause)
                .commodityCodes().stream().sorted().toArray(String[]::new);
    }
}
