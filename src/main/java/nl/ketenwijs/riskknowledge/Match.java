package nl.ketenwijs.riskknowledge;

import java.util.List;
import java.util.Optional;

/**
 * What a name typed by a person stands for: the one entry it names, or, when it names none (or more than
 * one), the nearest entries to choose from, so bad input leads to a choice and not to an error.
 */
public record Match<T>(Optional<T> found, List<T> suggestions) {

    public Match {
        suggestions = List.copyOf(suggestions);
    }

    public static <T> Match<T> of(T entry) {
        return new Match<>(Optional.of(entry), List.of());
    }

    public static <T> Match<T> none(List<T> suggestions) {
        return new Match<>(Optional.empty(), suggestions);
    }

    public boolean isFound() {
        return found.isPresent();
    }
}
