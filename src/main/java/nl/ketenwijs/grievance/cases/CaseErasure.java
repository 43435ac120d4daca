package nl.ketenwijs.grievance.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases what a person told us about a case, for good: the key goes first (so every backup of the rest is
 * unreadable), then the encrypted values themselves. Kept are the plain columns (country, themes, gender,
 * children, channel, stages and dates) and the transitions without their notes, which the statistics count.
 */
@Component
public class CaseErasure {

    private final JdbcClient jdbc;
    private final CaseKeys keys;

    CaseErasure(JdbcClient jdbc, CaseKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** In a transaction of {@link ComplaintsScope}. */
    public void erase(UUID caseId, Instant at) {
        keys.shred(caseId);
        jdbc.sql("DELETE FROM grievance_message WHERE case_id = ?")
                .param(caseId)
                .update();
        jdbc.sql("DELETE FROM grievance_photo WHERE case_id = ?").param(caseId).update();
        jdbc.sql("UPDATE grievance_case_transition SET note = NULL WHERE case_id = ?")
                .param(caseId)
                .update();
        jdbc.sql("UPDATE grievance_submission SET sealed_receipt = NULL WHERE case_id = ?")
                .param(caseId)
                .update();
        jdbc.sql("UPDATE grievance_case SET content = NULL, contact = NULL, purged_at = ? WHERE id = ?")
                .params(at.atOffset(ZoneOffset.UTC), caseId)
                .update();
    }
}
