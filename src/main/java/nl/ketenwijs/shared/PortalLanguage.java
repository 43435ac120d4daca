package nl.ketenwijs.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the public complaint pages, for people in production countries. Staff pages speak only
 * Dutch and English; the portal speaks these, English first because it is the common second language of
 * most complainants.
 */
public enum PortalLanguage {
    EN("en", false),
    NL("nl", false),
    FR("fr", false),
    ES("es", false),
    PT("pt", false),
    ID("id", false),
    SW("sw", false),
    VI("vi", false),
    AR("ar", true);

    private final String code;
    private final boolean rightToLeft;

    PortalLanguage(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Written from right to left: the page gets {@code dir="rtl"}. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The portal language of a locale, by its language alone ({@code pt-BR} is Portuguese). */
    public static Optional<PortalLanguage> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(language -> language.code.equals(locale.getLanguage()))
                .findFirst();
    }
}
