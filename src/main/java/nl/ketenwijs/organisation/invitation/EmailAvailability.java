package nl.ketenwijs.organisation.invitation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.ketenwijs.organisation.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An e-mail address is one login across the whole covenant, so whether it is free must be asked across
 * all organisations, which an organisation admin's own transaction cannot see. The unique indexes on
 * app_user and invitation stay the real guard against two invitations at the same moment.
 */
@Component
class EmailAvailability {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final Clock clock;

    EmailAvailability(JdbcClient jdbc, TenantScope tenantScope, Clock clock) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    /** Withdraws expired invitations for the address, then refuses it if it is still in use. */
    void requireFree(String email) {
        boolean taken = tenantScope.asPlatform(() -> {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            jdbc.sql("""
                            UPDATE invitation SET withdrawn_at = ?
                             WHERE lower(email) = lower(?) AND accepted_at IS NULL AND withdrawn_at IS NULL
                               AND expires_at <= ?
                            """).params(now, email, now).update();
            return jdbc.sql("""
                            SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:email))
                                OR EXISTS (SELECT 1 FROM invitation WHERE lower(email) = lower(:email)
                                              AND accepted_at IS NULL AND withdrawn_at IS NULL)
                            """).param("email", email).query(Boolean.class).single();
        });
        if (taken) {
            throw new EmailTaken();
        }
    }
}
