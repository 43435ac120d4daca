package nl.ketenwijs.organisation;

import java.util.UUID;
import nl.ketenwijs.shared.SecretBox;
import org.springframework.stereotype.Component;

/**
 * TOTP secrets as they are stored: sealed, because a code can only be checked with the secret itself and a
 * database dump must not let anyone make codes. Each value is bound to its person and column, so a secret
 * copied to another row, or from the offered to the confirmed column, does not open.
 */
@Component
public class TotpSecrets {

    enum Column {
        CONFIRMED("app_user.totp_secret"),
        PENDING("app_user.totp_pending_secret");

        private final String name;

        Column(String name) {
            this.name = name;
        }

        String context(UUID userId) {
            return name + ":" + userId;
        }
    }

    private final SecretBox box;

    TotpSecrets(SecretBox box) {
        this.box = box;
    }

    /** What to store in app_user.totp_secret for a person enrolled with this secret, as the demo loader does. */
    public String storedFormOf(UUID userId, String base32Secret) {
        return seal(Column.CONFIRMED, userId, base32Secret);
    }

    String seal(Column column, UUID userId, String base32Secret) {
        return box.seal(base32Secret, column.context(userId));
    }

    String open(Column column, UUID userId, String stored) {
        return box.open(stored, column.context(userId));
    }
}
