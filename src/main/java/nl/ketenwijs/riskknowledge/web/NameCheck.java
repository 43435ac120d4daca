package nl.ketenwijs.riskknowledge.web;

import java.util.List;
import java.util.function.Function;
import nl.ketenwijs.riskknowledge.Match;

/**
 * How a typed name fared, for the form: blank (missing), not matched (with names to choose from, in the
 * reader's language), or found.
 */
public record NameCheck(boolean found, boolean missing, List<String> suggestions) {

    <T> NameCheck(Match<T> match, String input, Function<T, String> name) {
        this(
                match.isFound(),
                input.isBlank(),
                match.suggestions().stream().map(name).toList());
    }

    /** The message key for the field, or null when the name was found. */
    public String problem() {
        if (found) {
            return null;
        }
        return missing ? "riskcheck.field.missing" : "riskcheck.field.notMatched";
    }
}
