package nl.ketenwijs.grievance.portal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.ketenwijs.grievance.cases.Attachments;

/** The documents and voice notes of a case as its complainant sees them: what and when, no content. */
record CaseFileList(String kind, String added) {

    static List<CaseFileList> of(List<Attachments.Listed> files, Locale locale) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return files.stream()
                .map(file -> new CaseFileList(
                        file.kind().name(),
                        dates.format(file.addedAt().atZone(ZoneOffset.UTC).toLocalDate())))
                .toList();
    }
}
