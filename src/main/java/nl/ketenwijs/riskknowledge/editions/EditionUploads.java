package nl.ketenwijs.riskknowledge.editions;

import java.util.List;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import nl.ketenwijs.riskknowledge.reference.EvidenceValues;
import nl.ketenwijs.spreadsheet.Sheet;
import nl.ketenwijs.spreadsheet.SheetRefused;
import org.springframework.stereotype.Service;

/**
 * Takes a new edition of a data set from an uploaded file: reads it, checks every row, and stores it as an
 * inactive candidate in one transaction. A file with any error stores nothing.
 */
@Service
public class EditionUploads {

    /** Below the 10 MB multipart limit; checked here too so that the refusal is ours and says why. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Letters, digits, dot, dash, underscore: an edition name is part of an address (2024, 2001-2023). */
    static final String EDITION_NAME = "(?!compare$)[A-Za-z0-9][A-Za-z0-9._-]{0,49}";

    private final Countries countries;
    private final EditionStore store;

    EditionUploads(Countries countries, EditionStore store) {
        this.countries = countries;
        this.store = store;
    }

    /** Stores the file as a new inactive edition; refused whole, with every error found, if anything is wrong. */
    public void upload(EvidenceSet set, String edition, byte[] file, String loadedBy) {
        if (edition == null || !edition.matches(EDITION_NAME)) {
            throw new EditionRefused(EditionError.ofFile("editionName"));
        }
        if (file.length > MAX_BYTES) {
            throw new EditionRefused(EditionError.ofFile("tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        List<EvidenceValues.Value> values = EditionValidation.validate(set, sheet(file), countries::match);
        store.storeCandidate(set, edition, values, loadedBy);
    }

    /** The file's rows; what cannot be read is refused with the reader's reasons, in the edition's words. */
    private static Sheet sheet(byte[] file) {
        try {
            return Sheet.read(file);
        } catch (SheetRefused refused) {
            throw new EditionRefused(refused.problems().stream()
                    .map(problem -> new EditionError(
                            problem.row(), problem.column(), problem.value(), problem.reason(), problem.arguments()))
                    .toList());
        }
    }

    /** The columns a file of the data set may have, for the upload form. */
    public List<String> columns(EvidenceSet set) {
        return List.copyOf(EditionValidation.knownColumns(set));
    }

    /** The columns a file of the data set must have besides iso3 or country. */
    public List<String> requiredColumns(EvidenceSet set) {
        return EditionValidation.requiredColumns(set);
    }
}
