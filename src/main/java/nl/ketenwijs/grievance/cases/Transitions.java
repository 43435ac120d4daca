package nl.ketenwijs.grievance.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of grievance_case_transition, in a transaction of {@link ComplaintsScope}: every stage a case
 * entered, with who and when, from which stage durations are computed. A handler's note is encrypted
 * under the case key.
 */
@Component
public class Transitions {

    private final JdbcClient jdbc;
    private final CaseKeys keys;

    Transitions(JdbcClient jdbc, CaseKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** The case's start in RECEIVED, when the complaint arrived. */
    void recordArrival(UUID caseId, Instant receivedAt) {
        jdbc.sql("""
                        INSERT INTO grievance_case_transition (id, case_id, from_status, to_status, transitioned_at)
                        VALUES (?, ?, NULL, 'RECEIVED', ?)
                        """)
                .params(UUID.randomUUID(), caseId, receivedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** A handler's move; the caller has checked that the move is allowed and still current. */
    public void record(
            UUID caseId,
            CaseStatus from,
            CaseStatus to,
            Instant at,
            UUID handler,
            ClosingReason closingReason,
            String note) {
        UUID id = UUID.randomUUID();
        byte[] sealedNote = note == null || note.isBlank()
                ? null
                : keys.of(caseId).encrypt(note.getBytes(StandardCharsets.UTF_8), notePlace(id));
        jdbc.sql("""
                        INSERT INTO grievance_case_transition
                               (id, case_id, from_status, to_status, transitioned_at, transitioned_by, closing_reason,
                                note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        caseId,
                        from.name(),
                        to.name(),
                        at.atOffset(ZoneOffset.UTC),
                        handler,
                        closingReason == null ? null : closingReason.name(),
                        sealedNote)
                .update();
    }

    /** Every move of the case, oldest first; notes are opened while the case's key exists. */
    public List<Transition> history(UUID caseId) {
        DataKey key = keys.find(caseId).orElse(null);
        return jdbc.sql("""
                        SELECT id, from_status, to_status, transitioned_at, transitioned_by, closing_reason, note
                          FROM grievance_case_transition WHERE case_id = ? ORDER BY transitioned_at, id
                        """)
                .param(caseId)
                .query((rs, n) -> {
                    byte[] note = rs.getBytes("note");
                    String from = rs.getString("from_status");
                    String reason = rs.getString("closing_reason");
                    return new Transition(
                            from == null ? null : CaseStatus.valueOf(from),
                            CaseStatus.valueOf(rs.getString("to_status")),
                            rs.getTimestamp("transitioned_at").toInstant(),
                            rs.getObject("transitioned_by", UUID.class),
                            reason == null ? null : ClosingReason.valueOf(reason),
                            note == null || key == null
                                    ? null
                                    : new String(
                                            key.decrypt(note, notePlace(rs.getObject("id", UUID.class))),
                                            StandardCharsets.UTF_8));
                })
                .list();
    }

    private static String notePlace(UUID transitionId) {
        return "grievance_case_transition.note:" + transitionId;
    }
}
