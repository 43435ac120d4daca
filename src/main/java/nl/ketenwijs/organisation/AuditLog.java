package nl.ketenwijs.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and verifies the hash-chained, append-only audit log. */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    /** Serialises appends across instances, so that every row links to the one before it. */
    private static final long CHAIN_LOCK = 0x4b57_4155_4449_54L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(UUID actor, UUID organisation, String action, String objectId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        ChainEnd last = jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
                .query(ChainEnd.class)
                .optional()
                .orElse(new ChainEnd(0, GENESIS));
        long seq = last.seq() + 1;
        String previousHash = last.hash();
        // PostgreSQL keeps microseconds: hash exactly what it will store.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(seq, now, actor, organisation, action, objectId, previousHash, null);
        jdbc.sql("""
                        INSERT INTO audit_event
                            (seq, occurred_at, actor_id, organisation_id, action, object_id, previous_hash, hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        seq,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        actor,
                        organisation,
                        action,
                        objectId,
                        previousHash,
                        entry.computeHash())
                .update();
    }

    /** Walks the chain from the start; the answer names the first row that does not fit. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        String expectedPrevious = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        try (var rows = jdbc
                .sql("SELECT seq, occurred_at, actor_id, organisation_id, action, object_id, previous_hash, hash"
                        + " FROM audit_event ORDER BY seq")
                .query(AuditLog::entry)
                .stream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) rows::iterator) {
                if (entry.seq() != expectedSeq
                        || !entry.previousHash().equals(expectedPrevious)
                        || !entry.computeHash().equals(entry.hash())) {
                    return AuditVerification.brokenAt(entry.seq(), checked);
                }
                expectedPrevious = entry.hash();
                expectedSeq++;
                checked++;
            }
        }
        return AuditVerification.intact(checked);
    }

    private record ChainEnd(long seq, String hash) {}

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("action"),
                rs.getString("object_id"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
