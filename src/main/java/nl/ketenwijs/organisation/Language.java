package nl.ketenwijs.organisation;

import java.util.Locale;

/** The languages a person can read their mails in: Dutch, the covenant's language, and English. */
public enum Language {
    NL,
    EN;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** English for an English-speaking locale, Dutch for everything else. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : NL;
    }

    public static Language ofCode(String code) {
        return "en".equals(code) ? EN : NL;
    }
}
