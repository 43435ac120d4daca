package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CovenantDateTests {

    @Test
    void todayFollowsTheInjectedClockInDutchTime() {
        Clock lateOnNewYearsEve = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(new CovenantDate(lateOnNewYearsEve).today()).isEqualTo(LocalDate.of(2027, 1, 1));
        Clock summerEvening = Clock.fixed(Instant.parse("2026-07-01T21:59:00Z"), ZoneOffset.UTC);
        assertThat(new CovenantDate(summerEvening).today()).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
