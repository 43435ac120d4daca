package nl.ketenwijs.grievance.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReceiptGuessingTests {

    private final MovableClock clock = new MovableClock();
    private final ReceiptGuessing guessing = new ReceiptGuessing(clock);

    @Test
    void aSourceHasFiveFreeFailuresThenWaitsLongerEachTimeUpToAMinute() {
        for (int i = 0; i < ReceiptGuessing.FREE_FAILURES_PER_SOURCE; i++) {
            assertThat(guessing.waitBefore("a", null)).isEmpty();
            guessing.failed("a", null);
        }
        assertThat(guessing.waitBefore("a", null)).contains(Duration.ofSeconds(2));
        clock.move(Duration.ofSeconds(2));
        assertThat(guessing.waitBefore("a", null)).isEmpty();
        guessing.failed("a", null);
        assertThat(guessing.waitBefore("a", null)).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 10; i++) {
            clock.move(Duration.ofMinutes(1));
            guessing.failed("a", null);
        }
        assertThat(guessing.waitBefore("a", null)).contains(ReceiptGuessing.LONGEST_WAIT_PER_SOURCE);
        assertThat(guessing.waitBefore("b", null)).as("another source").isEmpty();
    }

    @Test
    void aCaseUnderAttackFromManySourcesDelaysItsOwnerBySecondsNeverLocksThemOut() {
        for (int i = 0; i < 100; i++) {
            guessing.failed("attacker-" + i, "1234567");
        }
        assertThat(guessing.waitBefore("owner", "1234567")).contains(ReceiptGuessing.LONGEST_WAIT_PER_CASE);
        clock.move(ReceiptGuessing.LONGEST_WAIT_PER_CASE);
        assertThat(guessing.waitBefore("owner", "1234567")).isEmpty();
        assertThat(guessing.waitBefore("owner", "7654321")).as("another case").isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAWhile() {
        for (int i = 0; i < 20; i++) {
            guessing.failed("a", null);
        }
        clock.move(ReceiptGuessing.MEMORY.plusSeconds(1));
        guessing.failed("a", null);
        assertThat(guessing.waitBefore("a", null)).isEmpty();
    }

    @Test
    void whenEveryoneFailsAtOnceChecksAreRationedPerSecond() {
        for (int i = 0; i <= ReceiptGuessing.BUSY_FAILURES_PER_MINUTE; i++) {
            guessing.failed("botnet-" + i, null);
        }
        for (int i = 0; i < ReceiptGuessing.CHECKS_PER_SECOND_WHEN_BUSY; i++) {
            assertThat(guessing.waitBefore("someone-" + i, null)).isEmpty();
        }
        assertThat(guessing.waitBefore("someone-else", null)).contains(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(guessing.waitBefore("someone-else", null)).isEmpty();
    }

    /** Starts at the beginning of a minute, so that the test's seconds stay inside it. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
