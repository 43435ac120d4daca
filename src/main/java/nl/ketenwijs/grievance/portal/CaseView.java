package nl.ketenwijs.grievance.portal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.ketenwijs.grievance.cases.CaseFile;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.ComplaintContent;

/** A case as its complainant's page shows it, dates written out in their language. */
record CaseView(
        String number,
        CaseStatus status,
        String received,
        String acknowledgeBy,
        String feedbackBy,
        List<Answer> answers,
        List<Message> messages) {

    record Message(String sent, String author, String kind, String body) {}

    /** An answer of the complaint form, by the field whose label names it. */
    record Answer(String field, String text) {}

    static CaseView of(CaseFile file, Locale locale) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return new CaseView(
                file.locator().substring(0, 3) + " " + file.locator().substring(3),
                file.status(),
                date(file.receivedAt(), dates),
                date(file.acknowledgeBy(), dates),
                date(file.feedbackBy(), dates),
                answers(file.content()),
                file.messages().stream()
                        .map(message -> new Message(
                                date(message.sentAt(), dates),
                                message.author().name(),
                                message.kind().name(),
                                message.body()))
                        .toList());
    }

    /** What the person wrote, in the order of the form; the questions they left empty are left out. */
    private static List<Answer> answers(ComplaintContent content) {
        return Stream.of(
                        new Answer("whatHappened", content.whatHappened()),
                        new Answer("region", content.region()),
                        new Answer("place", content.place()),
                        new Answer("company", content.company()),
                        new Answer("since", content.since()),
                        new Answer("affected", content.affected()),
                        new Answer("wish", content.wish()))
                .filter(answer -> answer.text() != null)
                .toList();
    }

    private static String date(Instant instant, DateTimeFormatter format) {
        return format.format(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
