package nl.ketenwijs.organisation;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes a person's second factor away: secret, an enrolment begun, the last used step and the recovery
 * codes. Runs in the caller's transaction, so that turning it off oneself and an admin's reset forget
 * exactly the same things, each inside its own checks.
 */
@Component
public class SecondFactorErasure {

    private final JdbcClient jdbc;
    private final RecoveryCodes recoveryCodes;

    SecondFactorErasure(JdbcClient jdbc, RecoveryCodes recoveryCodes) {
        this.jdbc = jdbc;
        this.recoveryCodes = recoveryCodes;
    }

    /** Whether the person had a second factor; without one nothing changes. */
    public boolean erase(UUID userId) {
        int enrolled = jdbc.sql("""
                        UPDATE app_user SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL,
                               totp_pending_secret = NULL
                         WHERE id = ? AND totp_secret IS NOT NULL
                        """).param(userId).update();
        if (enrolled == 0) {
            return false;
        }
        recoveryCodes.removeAll(userId);
        return true;
    }
}
