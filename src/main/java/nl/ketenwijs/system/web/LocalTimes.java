package nl.ketenwijs.system.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Formats a moment in the display zone and a language; a date without a time is formatted as it is. */
public final class LocalTimes {

    private final ZoneId zone;
    private final Locale locale;

    LocalTimes(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    /** Empty for no time, so an optional moment needs no guard in the template. */
    public String format(TemporalAccessor time, String pattern) {
        if (time == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, locale).format(inZone(time));
    }

    private TemporalAccessor inZone(TemporalAccessor time) {
        if (time instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (time instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (time instanceof Instant instant) {
            return instant.atZone(zone);
        }
        return time;
    }
}
