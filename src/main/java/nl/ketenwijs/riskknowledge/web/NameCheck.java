package nl.ketenwijs.riskknowledge.web;

import java.util.List;
import java.util.Locale;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Match;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How one typed name fared, for the form: found, blank, or matched by nothing, then with names to choose
 * from, each with the whole query it leads to so the other field keeps what the reader typed.
 */
public record NameCheck(String input, boolean found, List<Suggestion> suggestions) {

    public NameCheck {
        suggestions = List.copyOf(suggestions);
    }

    /** The message key for the field, or null when the name was found. */
    public String problem() {
        if (found) {
            return null;
        }
        return input.isBlank() ? "riskcheck.field.missing" : "riskcheck.field.notMatched";
    }

    /** A name to choose from, and the link (path and query) that chooses it. */
    public record Suggestion(String name, String href) {

        /** A link to the path with these query parameters, in order, encoded. */
        static Suggestion to(String name, String path, String... parameters) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
            for (int i = 0; i < parameters.length; i += 2) {
                link.queryParam(parameters[i], parameters[i + 1]);
            }
            return new Suggestion(name, link.encode().build().toUriString());
        }
    }

    /** The names one field holds (several countries, comma-separated) and those that need the reader. */
    public record Field(List<NameCheck> names) {

        public Field {
            names = List.copyOf(names);
        }

        /**
         * The one commodity field of a form: each name to choose from leads to the same page, keeping what
         * the reader gave for the other parameter.
         */
        static Field commodity(
                String input, Match<Commodity> match, Locale locale, String path, String kept, String keptValue) {
            return new Field(List.of(new NameCheck(
                    input,
                    match.isFound(),
                    match.suggestions().stream()
                            .map(c -> Suggestion.to(c.name(locale), path, "commodity", c.name(locale), kept, keptValue))
                            .toList())));
        }

        public List<NameCheck> problems() {
            return names.stream().filter(name -> !name.found()).toList();
        }
    }
}
