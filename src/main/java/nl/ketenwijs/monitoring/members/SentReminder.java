package nl.ketenwijs.monitoring.members;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A mailing of the branch as its dashboard lists it: to how many members, never to whom. */
public record SentReminder(
        String indicatorKey,
        String kind,
        String message,
        LocalDate workshopOn,
        String workshopPlace,
        int members,
        String sentBy,
        OffsetDateTime sentAt) {}
