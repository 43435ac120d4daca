package nl.ketenwijs.riskknowledge.expert;

import java.util.List;
import java.util.Objects;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.Level;

/**
 * What an expert entry says: a level (never UNKNOWN), why in Dutch (and English), on what it rests, and
 * which gender-specific aspects of the risk it marks (each once, in the order of {@link GenderAspect}).
 */
public record ExpertContent(
        Level level,
        String rationaleNl,
        String rationaleEn,
        String reference,
        String referenceUrl,
        List<GenderAspect> genderAspects) {

    public ExpertContent {
        if (level == null || level == Level.UNKNOWN) {
            throw new IllegalArgumentException("An expert entry gives a level from low to very high");
        }
        Objects.requireNonNull(rationaleNl);
        Objects.requireNonNull(reference);
        rationaleEn = blankToNull(rationaleEn);
        referenceUrl = blankToNull(referenceUrl);
        genderAspects = GenderAspect.ordered(genderAspects == null ? List.of() : genderAspects);
    }

    /** An entry that marks no gender aspect. */
    public ExpertContent(Level level, String rationaleNl, String rationaleEn, String reference, String referenceUrl) {
        this(level, rationaleNl, rationaleEn, reference, referenceUrl, List.of());
    }

    /** The aspects as stored: their codes. */
    String[] genderAspectCodes() {
        return genderAspects.stream().map(GenderAspect::code).toArray(String[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
