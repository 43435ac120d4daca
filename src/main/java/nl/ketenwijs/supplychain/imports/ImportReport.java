package nl.ketenwijs.supplychain.imports;

import java.util.List;
import java.util.Optional;

/**
 * What an import would do and what stands in its way: the file's headers with the column each stands for
 * (empty when ignored), every row as read, every error (any one refuses the whole file) and every warning.
 *
 * @param needsMapping the product or raw material column could not be found: the person maps columns first
 */
public record ImportReport(
        List<String> headers,
        List<Optional<ImportColumn>> columns,
        List<ImportRow> rows,
        List<ImportProblem> errors,
        List<ImportProblem> warnings,
        boolean needsMapping) {

    public ImportReport {
        headers = List.copyOf(headers);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A file that cannot be read at all: only errors of the file as a whole. */
    static ImportReport refused(List<ImportProblem> errors) {
        return new ImportReport(List.of(), List.of(), List.of(), errors, List.of(), false);
    }

    public boolean canCommit() {
        return errors.isEmpty() && !needsMapping && !rows.isEmpty();
    }
}
