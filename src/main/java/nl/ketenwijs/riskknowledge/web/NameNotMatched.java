package nl.ketenwijs.riskknowledge.web;

import java.util.List;

/** A commodity or country name in a request that names nothing we know, with the nearest names. */
class NameNotMatched extends RuntimeException {

    private final String kind;
    private final String input;
    private final List<String> suggestions;

    NameNotMatched(String kind, String input, List<String> suggestions) {
        super("No " + kind + " matches the input");
        this.kind = kind;
        // Echoed in the problem: cut short so a long query string is not sent back whole.
        this.input = input.length() > 100 ? input.substring(0, 100) + "…" : input;
        this.suggestions = List.copyOf(suggestions);
    }

    String kind() {
        return kind;
    }

    String input() {
        return input;
    }

    List<String> suggestions() {
        return suggestions;
    }
}
