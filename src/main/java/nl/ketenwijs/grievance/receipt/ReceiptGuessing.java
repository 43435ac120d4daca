package nl.ketenwijs.grievance.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of receipts, per source, per case and for everyone at once, by asking for a wait
 * between attempts that grows with the failures, never by locking anyone out: after the wait the real person
 * gets in. A source is a keyed hash of its address under a key that lives in this instance's memory only:
 * no address is ever stored or logged, and the hashes are forgotten {@link #MEMORY} after the last failure.
 *
 * <p>Per source: five failures are free, then the wait doubles from 2 seconds up to a minute. Per case
 * (whoever guesses its secret): ten failures free, then up to 10 seconds, short enough that a complainant
 * whose case is under attack is only delayed. For everyone: above {@value #BUSY_FAILURES_PER_MINUTE} failures
 * a minute, at most {@value #CHECKS_PER_SECOND_WHEN_BUSY} checks a second. Each instance counts on its own.
 */
@Component
public class ReceiptGuessing {

    static final int FREE_FAILURES_PER_SOURCE = 5;
    static final Duration LONGEST_WAIT_PER_SOURCE = Duration.ofMinutes(1);
    static final int FREE_FAILURES_PER_CASE = 10;
    static final Duration LONGEST_WAIT_PER_CASE = Duration.ofSeconds(10);
    static final int BUSY_FAILURES_PER_MINUTE = 600;
    static final int CHECKS_PER_SECOND_WHEN_BUSY = 10;
    static final Duration MEMORY = Duration.ofMinutes(30);
    private static final int MAP_SIZE_BEFORE_CLEANING = 10_000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Failures> bySource = new ConcurrentHashMap<>();
    private final Map<String, Failures> byCase = new ConcurrentHashMap<>();
    private final Everyone everyone = new Everyone();

    ReceiptGuessing(Clock clock) {
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** How long this attempt must wait before it is checked; empty when it may be checked now. */
    public Optional<Duration> waitBefore(String sourceAddress, String locator) {
        Instant now = clock.instant();
        Duration wait = longest(
                remaining(
                        bySource.get(hash("source", sourceAddress)),
                        FREE_FAILURES_PER_SOURCE,
                        LONGEST_WAIT_PER_SOURCE,
                        now),
                locator == null
                        ? Duration.ZERO
                        : remaining(
                                byCase.get(hash("case", locator)), FREE_FAILURES_PER_CASE, LONGEST_WAIT_PER_CASE, now),
                everyone.admit(now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A wrong or malformed receipt from this source, for this case when its locator was readable. */
    public void failed(String sourceAddress, String locator) {
        Instant now = clock.instant();
        count(bySource, hash("source", sourceAddress), now);
        if (locator != null) {
            count(byCase, hash("case", locator), now);
        }
        everyone.failed(now);
    }

    private static Duration remaining(Failures failures, int free, Duration longest, Instant now) {
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free + 1, 30);
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(longest) > 0) {
            wait = longest;
        }
        Duration left = Duration.between(now, failures.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void count(Map<String, Failures> map, String hash, Instant now) {
        if (map.size() > MAP_SIZE_BEFORE_CLEANING) {
            map.values().removeIf(failures -> failures.last().plus(MEMORY).isBefore(now));
        }
        map.merge(
                hash,
                new Failures(1, now),
                (old, one) -> new Failures(old.last().plus(MEMORY).isBefore(now) ? 1 : old.count() + 1, now));
    }

    private static Duration longest(Duration... waits) {
        Duration longest = Duration.ZERO;
        for (Duration wait : waits) {
            if (wait.compareTo(longest) > 0) {
                longest = wait;
            }
        }
        return longest;
    }

    private String hash(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Failures of the current minute across all sources, and the checks of the current second when busy. */
    private static final class Everyone {

        private long minute = -1;
        private int failures;
        private long second = -1;
        private int checks;

        synchronized void failed(Instant now) {
            long thisMinute = now.getEpochSecond() / 60;
            if (thisMinute != minute) {
                minute = thisMinute;
                failures = 0;
            }
            failures++;
        }

        synchronized Duration admit(Instant now) {
            boolean busy = now.getEpochSecond() / 60 == minute && failures > BUSY_FAILURES_PER_MINUTE;
            if (!busy) {
                return Duration.ZERO;
            }
            if (now.getEpochSecond() != second) {
                second = now.getEpochSecond();
                checks = 0;
            }
            return ++checks > CHECKS_PER_SECOND_WHEN_BUSY ? Duration.ofSeconds(1) : Duration.ZERO;
        }
    }
}
