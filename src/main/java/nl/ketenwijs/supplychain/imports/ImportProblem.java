package nl.ketenwijs.supplychain.imports;

import java.util.List;

/**
 * An error or a warning of an import: the row as the spreadsheet numbers it (the header is row 1; 0 for the
 * file as a whole), the column's header as the file has it, the value found, and why, as a reason whose
 * message is chain.import.problem.&lt;reason&gt; with the arguments.
 */
public record ImportProblem(int row, String column, String value, String reason, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String reason, Object... arguments) {
        return new ImportProblem(0, "", "", reason, List.of(arguments));
    }

    public String messageKey() {
        return "chain.import.problem." + reason;
    }
}
