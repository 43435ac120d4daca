package nl.ketenwijs.reporting.annual;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A good-practice example as the secretariat wrote it, with the quoted company's consent.
 *
 * @param company the quoted company's name
 */
public record Example(
        UUID id,
        int reportYear,
        UUID organisationId,
        String company,
        String title,
        String body,
        String quote,
        String quotedPerson,
        Consent consent,
        String consentBy,
        OffsetDateTime consentAt) {

    public List<String> paragraphs() {
        return Paragraphs.of(body);
    }

    public boolean publishable() {
        return consent == Consent.GIVEN;
    }
}
