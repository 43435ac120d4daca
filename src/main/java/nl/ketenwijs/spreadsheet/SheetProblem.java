package nl.ketenwijs.spreadsheet;

import java.util.List;

/**
 * One reason a file cannot be read: the row as the spreadsheet numbers it (the header is row 1; 0 for the
 * file as a whole), the column's header, the value found, and why, as a reason code with its arguments. The
 * caller turns the reason into a message of its own (for instance editions.error.&lt;reason&gt;).
 */
public record SheetProblem(int row, String column, String value, String reason, List<Object> arguments) {

    public SheetProblem {
        arguments = List.copyOf(arguments);
    }

    static SheetProblem ofFile(String reason, Object... arguments) {
        return new SheetProblem(0, "", "", reason, List.of(arguments));
    }

    static SheetProblem at(int row, String column, String value, String reason, Object... arguments) {
        return new SheetProblem(row, column, value, reason, List.of(arguments));
    }
}
