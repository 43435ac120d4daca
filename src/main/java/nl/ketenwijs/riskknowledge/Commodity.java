package nl.ketenwijs.riskknowledge;

import java.util.List;
import java.util.Locale;

/** A raw material of the food sector, by its stable code, with its HS 2022 codes. */
public record Commodity(String code, String category, String nameEn, String nameNl, List<String> hsCodes) {

    public Commodity {
        hsCodes = List.copyOf(hsCodes);
    }

    /** The name in the reader's language: Dutch unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
