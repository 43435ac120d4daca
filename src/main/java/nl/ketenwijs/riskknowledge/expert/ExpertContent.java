package nl.ketenwijs.riskknowledge.expert;

import java.util.Objects;
import nl.ketenwijs.riskknowledge.Level;

/** What an expert entry says: a level (never UNKNOWN), why in Dutch (and English), and on what it rests. */
public record ExpertContent(
        Level level, String rationaleNl, String rationaleEn, String reference, String referenceUrl) {

    public ExpertContent {
        if (level == null || level == Level.UNKNOWN) {
            throw new IllegalArgumentException("An expert entry gives a level from low to very high");
        }
        Objects.requireNonNull(rationaleNl);
        Objects.requireNonNull(reference);
        rationaleEn = blankToNull(rationaleEn);
        referenceUrl = blankToNull(referenceUrl);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
