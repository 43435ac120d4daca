package nl.ketenwijs.supplychain.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Match;
import org.springframework.stereotype.Component;

/**
 * Reads origin countries typed as names or codes separated by commas or semicolons, in Dutch or English.
 * "Onbekend" or "unknown" is an answer, not an error: not knowing where a raw material comes from is a
 * finding the register shows. A name that is no country is an error, with the nearest names.
 */
@Component
public class OriginText {

    private static final Set<String> UNKNOWN_WORDS =
            Set.of("onbekend", "weet niet", "weet ik niet", "unknown", "not known", "don't know", "dont know", "?");

    /** One name that is no country, with the countries it may have meant. */
    public record Problem(String input, List<Country> suggestions) {}

    public record Reading(List<Origin> origins, List<Problem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final Countries countries;

    OriginText(Countries countries) {
        this.countries = countries;
    }

    /** Nothing typed is "unknown": an empty answer must not look like a mapped chain. */
    public Reading read(String text) {
        List<Origin> origins = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : (text == null ? "" : text).split("[,;\\n]")) {
            String typed = name.strip();
            if (typed.isEmpty()) {
                continue;
            }
            if (isUnknownWord(typed)) {
                origins.add(Origin.UNKNOWN);
                continue;
            }
            Match<Country> match = countries.match(typed);
            match.found()
                    .ifPresentOrElse(
                            country -> origins.add(new Origin(country.iso3())),
                            () -> problems.add(new Problem(typed, match.suggestions())));
        }
        if (origins.isEmpty() && problems.isEmpty()) {
            origins.add(Origin.UNKNOWN);
        }
        return new Reading(origins.stream().distinct().toList(), problems);
    }

    public static boolean isUnknownWord(String typed) {
        String key = Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT)
                .strip();
        return UNKNOWN_WORDS.contains(key);
    }

    /** The word written back into a form for an unknown origin. */
    public static String unknownWord(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "onbekend" : "unknown";
    }
}
