package nl.ketenwijs.riskknowledge.editions;

import java.util.List;

/** An upload was refused whole; nothing was stored. Holds the first errors and how many there were. */
public class EditionRefused extends RuntimeException {

    /** More than this many errors are counted but not listed: the first ones show what is wrong. */
    static final int LISTED = 100;

    private final List<EditionError> errors;
    private final int total;

    EditionRefused(List<EditionError> errors) {
        super("Edition refused with " + errors.size() + " errors");
        this.errors = List.copyOf(errors.subList(0, Math.min(LISTED, errors.size())));
        this.total = errors.size();
    }

    EditionRefused(EditionError error) {
        this(List.of(error));
    }

    public List<EditionError> errors() {
        return errors;
    }

    public int total() {
        return total;
    }
}
