package nl.ketenwijs.grievance.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseErasure;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases closed cases once their retention has passed (EU directive 2019/1937 art. 17: keep nothing that is
 * no longer needed): a case closed as not admissible after a shorter time, any other closed case after the
 * longer one. An appealed case is not closed and waits. The case's key is deleted (crypto-shredding, which
 * reaches the backups too) and its content, contact, messages, photos and notes with it; the plain figures
 * stay, so that the statistics still count the case. Cases are claimed with SKIP LOCKED, so instances share
 * the work, and a purged case is never picked again.
 */
@Component
class RetentionPurge {

    private static final int BATCH = 200;

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final CaseErasure erasure;
    private final Clock clock;
    private final Period closed;
    private final Period notAdmissible;

    RetentionPurge(
            ComplaintsScope scope,
            JdbcClient jdbc,
            CaseErasure erasure,
            Clock clock,
            @Value("${ketenwijs.complaints.retention.closed:P5Y}") Period closed,
            @Value("${ketenwijs.complaints.retention.not-admissible:P1Y}") Period notAdmissible) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.clock = clock;
        this.closed = closed;
        this.notAdmissible = notAdmissible;
    }

    /** @return how many cases this run erased */
    @Scheduled(
            initialDelayString = "${ketenwijs.complaints.purge-interval:PT6H}",
            fixedDelayString = "${ketenwijs.complaints.purge-interval:PT6H}")
    int purge() {
        Instant now = clock.instant();
        var nowUtc = now.atOffset(ZoneOffset.UTC);
        return scope.write(() -> {
            List<UUID> expired = jdbc.sql("""
                            SELECT id FROM grievance_case
                             WHERE status = 'CLOSED' AND purged_at IS NULL
                               AND closed_at <= CASE WHEN closing_reason = 'NOT_ADMISSIBLE' THEN :notAdmissible
                                                     ELSE :closed END
                             ORDER BY closed_at LIMIT :batch FOR UPDATE SKIP LOCKED
                            """)
                    .param("notAdmissible", nowUtc.minus(notAdmissible))
                    .param("closed", nowUtc.minus(closed))
                    .param("batch", BATCH)
                    .query(UUID.class)
                    .list();
            expired.forEach(caseId -> erasure.erase(caseId, now));
            return expired.size();
        });
    }
}
