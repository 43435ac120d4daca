package nl.ketenwijs.grievance.cases;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seals other values of a case under the case's own key (a supplier the handler noted, a note on consent),
 * so that they are erased with the case's key like everything the person said.
 */
@Component
public class CaseSeals {

    private final CaseKeys keys;

    CaseSeals(CaseKeys keys) {
        this.keys = keys;
    }

    public byte[] seal(UUID caseId, byte[] plaintext, String place) {
        return keys.of(caseId).encrypt(plaintext, place);
    }

    /** @throws CaseUnreadable when the case's key is gone or the value belongs elsewhere */
    public byte[] open(UUID caseId, byte[] sealed, String place) {
        return keys.of(caseId).decrypt(sealed, place);
    }
}
