package nl.ketenwijs.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalTimesTests {

    private final LocalTimes dutch = new LocalTimes(ZoneId.of("Europe/Amsterdam"), Locale.forLanguageTag("nl"));

    @Test
    void aMomentFromTheDatabaseIsShownInDutchTime() {
        OffsetDateTime utc = OffsetDateTime.of(2026, 11, 24, 23, 34, 0, 0, ZoneOffset.UTC);
        assertThat(dutch.format(utc, "d MMMM yyyy HH:mm")).isEqualTo("25 november 2026 00:34");
        OffsetDateTime summer = OffsetDateTime.of(2026, 7, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        assertThat(dutch.format(summer, "HH:mm")).isEqualTo("12:00");
    }

    @Test
    void aDateIsShownAsItIsAndNothingAsNothing() {
        assertThat(dutch.format(LocalDate.of(2026, 3, 1), "d MMMM yyyy")).isEqualTo("1 maart 2026");
        assertThat(dutch.format(null, "yyyy")).isEmpty();
    }
}
