package nl.ketenwijs.riskknowledge.editions;

import java.util.List;

/**
 * One reason an uploaded edition is refused: the row as the spreadsheet numbers it (the header is row 1;
 * 0 for the file as a whole), the column's header, the value found, and why, as a message key with its
 * arguments.
 */
public record EditionError(int row, String column, String value, String reason, List<Object> arguments) {

    public EditionError {
        arguments = List.copyOf(arguments);
    }

    static EditionError ofFile(String reason, Object... arguments) {
        return new EditionError(0, "", "", reason, List.of(arguments));
    }

    static EditionError at(int row, String column, String value, String reason, Object... arguments) {
        return new EditionError(row, column, value, reason, List.of(arguments));
    }

    /** The reason's message key; every one is in messages.properties under editions.error. */
    public String messageKey() {
        return "editions.error." + reason;
    }
}
