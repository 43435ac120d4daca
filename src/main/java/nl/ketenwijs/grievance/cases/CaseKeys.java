package nl.ketenwijs.grievance.cases;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.shared.SecretBox;
import nl.ketenwijs.shared.SecretNotOpened;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each case's data key, stored only wrapped by the master key (through the secret box, bound to its case):
 * a database dump alone opens no complaint. Deleting a case's key erases the case in every backup at once.
 */
@Component
public class CaseKeys {

    private final JdbcClient jdbc;
    private final SecretBox box;

    CaseKeys(JdbcClient jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    DataKey create(UUID caseId) {
        byte[] bytes = DataKey.newKeyBytes();
        jdbc.sql("INSERT INTO grievance_case_key (case_id, wrapped_key) VALUES (?, ?)")
                .params(caseId, box.seal(Base64.getEncoder().encodeToString(bytes), place(caseId)))
                .update();
        return new DataKey(bytes);
    }

    DataKey of(UUID caseId) {
        return find(caseId).orElseThrow(() -> new CaseUnreadable("its key was deleted"));
    }

    /** The case's key, or nothing when it was deleted. */
    Optional<DataKey> find(UUID caseId) {
        return jdbc.sql("SELECT wrapped_key FROM grievance_case_key WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .map(wrapped -> open(caseId, wrapped));
    }

    private DataKey open(UUID caseId, String wrapped) {
        try {
            return new DataKey(Base64.getDecoder().decode(box.open(wrapped, place(caseId))));
        } catch (SecretNotOpened e) {
            throw new CaseUnreadable("its key does not open with this master key");
        }
    }

    /** Crypto-shredding: the case's content, contact and messages can never be read again. */
    public void shred(UUID caseId) {
        jdbc.sql("DELETE FROM grievance_case_key WHERE case_id = ?")
                .param(caseId)
                .update();
    }

    private static String place(UUID caseId) {
        return "grievance_case_key.wrapped_key:" + caseId;
    }
}
