package nl.ketenwijs.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing per login name: after {@value #FREE_FAILURES} failures each further one
 * doubles the wait, up to {@link #LONGEST_WAIT}. A wait, never a permanent lock, so that nobody can lock a
 * colleague out for good.
 */
@Service
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String loginName) {
        return jdbc.sql("SELECT blocked_until FROM login_throttle WHERE name_hash = ?")
                .param(key(loginName))
                .query(OffsetDateTime.class)
                .optional()
                .map(until -> until.toInstant().isAfter(clock.instant()))
                .orElse(false);
    }

    @Transactional
    public void recordFailure(String loginName) {
        String key = key(loginName);
        int failures = jdbc.sql("""
                        INSERT INTO login_throttle (name_hash, failures) VALUES (?, 1)
                        ON CONFLICT (name_hash) DO UPDATE SET failures = login_throttle.failures + 1
                        RETURNING failures
                        """).param(key).query(Integer.class).single();
        if (failures >= FREE_FAILURES) {
            jdbc.sql("UPDATE login_throttle SET blocked_until = ? WHERE name_hash = ?")
                    .params(OffsetDateTime.ofInstant(blockedUntil(failures), ZoneOffset.UTC), key)
                    .update();
        }
    }

    @Transactional
    public void recordSuccess(String loginName) {
        jdbc.sql("DELETE FROM login_throttle WHERE name_hash = ?")
                .param(key(loginName))
                .update();
    }

    private Instant blockedUntil(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    private static String key(String loginName) {
        return Sha256.hex(loginName.trim().toLowerCase(Locale.ROOT));
    }
}
