package nl.ketenwijs.grievance.cases;

import java.util.Base64;
import java.util.UUID;
import nl.ketenwijs.shared.SecretBox;
import nl.ketenwijs.shared.SecretNotOpened;
import org.springframework.stereotype.Component;

/**
 * Keys of copies made from a case for someone outside the complaint wall. A copy has a key of its own,
 * wrapped by the master key and bound to the copy's id, so that whoever reads the copy never needs the
 * case's key, and a copy's wrapped key moved to another copy does not open.
 */
@Component
public class CopyKeys {

    private final SecretBox box;

    CopyKeys(SecretBox box) {
        this.box = box;
    }

    public CopyKey create(UUID copyId) {
        byte[] bytes = DataKey.newKeyBytes();
        return new CopyKey(new DataKey(bytes), box.seal(Base64.getEncoder().encodeToString(bytes), place(copyId)));
    }

    /** @throws CaseUnreadable when the wrapped key does not open for this copy with this master key */
    public CopyKey of(UUID copyId, String wrapped) {
        try {
            return new CopyKey(new DataKey(Base64.getDecoder().decode(box.open(wrapped, place(copyId)))), wrapped);
        } catch (SecretNotOpened e) {
            throw new CaseUnreadable("the copy's key does not open with this master key");
        }
    }

    private static String place(UUID copyId) {
        return "copy_key:" + copyId;
    }
}
