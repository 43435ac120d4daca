package nl.ketenwijs.riskknowledge;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What marks a level as an expert's judgement rather than a measurement: the written rationale (Dutch,
 * and English when given), the reference it rests on, when it was last revised, and whether it is still
 * Ketenwijs' shipped starting value that the secretariat has not yet reviewed.
 */
public record ExpertNote(
        String rationaleNl,
        String rationaleEn,
        String reference,
        String referenceUrl,
        LocalDate revisedOn,
        int version,
        boolean shipped) {

    /** Who "changed" an entry that came with the application and nobody has touched since. */
    public static final String SHIPPED_BY = "ketenwijs";

    /** In the reader's language: English when asked for and written, else the Dutch text. */
    public String rationale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? rationaleEn() : rationaleNl;
    }

    /** The English rationale, falling back to the Dutch one, which is always there. */
    @Override
    public String rationaleEn() {
        return rationaleEn == null || rationaleEn.isBlank() ? rationaleNl : rationaleEn;
    }
}
