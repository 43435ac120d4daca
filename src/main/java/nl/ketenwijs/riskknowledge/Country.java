package nl.ketenwijs.riskknowledge;

import java.util.Locale;

/** A country or territory by its ISO 3166-1 codes (Kosovo by the user-assigned XK/XKX), with its names. */
public record Country(String iso2, String iso3, String nameEn, String nameNl) {

    /** The name in the reader's language: Dutch unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
