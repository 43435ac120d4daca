package nl.ketenwijs.riskknowledge.editions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.riskknowledge.reference.CsvFile;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import nl.ketenwijs.riskknowledge.reference.EvidenceValues;
import nl.ketenwijs.spreadsheet.Sheet;

/**
 * Checks every row of an uploaded edition before anything is stored, and lists every error with its row
 * and column, so the secretariat can fix the whole file at once. Columns are named as in the shipped file
 * of the data set; other columns of that file (a region, a URL) may be present and are not stored.
 */
final class EditionValidation {

    static final String ISO3 = "iso3";
    static final String COUNTRY = "country";
    /** The database's limits: longer text would fail the insert half-way through the checks. */
    static final int MAX_VALUE = 200;

    static final int MAX_SUBJECT = 100;

    private final EvidenceSet set;
    private final Function<String, Match<Country>> countries;
    private final List<EditionError> errors = new ArrayList<>();

    private EditionValidation(EvidenceSet set, Function<String, Match<Country>> countries) {
        this.set = set;
        this.countries = countries;
    }

    /** The values to store; refused with every error found when any row or column is wrong. */
    static List<EvidenceValues.Value> validate(
            EvidenceSet set, Sheet sheet, Function<String, Match<Country>> countries) {
        return new EditionValidation(set, countries).validate(sheet);
    }

    /** The columns a file of this data set may have: those of the shipped file, and a country by name. */
    static Set<String> knownColumns(EvidenceSet set) {
        Set<String> known = new LinkedHashSet<>(CsvFile.header(set.file()));
        known.add(COUNTRY);
        return known;
    }

    /** The columns a file of this data set must have, besides the country (iso3 or country). */
    static List<String> requiredColumns(EvidenceSet set) {
        List<String> required = new ArrayList<>();
        if (set.subjectColumn() != null) {
            required.add(set.subjectColumn());
        }
        required.addAll(set.fields());
        return required;
    }

    private List<EvidenceValues.Value> validate(Sheet sheet) {
        if (sheet.rows().size() < 2) {
            throw new EditionRefused(EditionError.ofFile("noRows"));
        }
        Sheet.Row header = sheet.rows().get(0);
        Map<String, Integer> columns = columns(header);
        if (!errors.isEmpty()) {
            throw new EditionRefused(errors);
        }
        String countryColumn = columns.containsKey(ISO3) ? ISO3 : COUNTRY;
        List<EvidenceValues.Value> values = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (Sheet.Row row : sheet.rows().subList(1, sheet.rows().size())) {
            beyondHeader(row, header);
            Optional<Country> country = country(row, countryColumn, columns.get(countryColumn));
            String subject = subject(row, columns);
            if (country.isEmpty() || subject == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(List.of(country.get().iso3(), subject), row.number());
            if (first != null) {
                String shown =
                        subject.isEmpty() ? country.get().iso3() : country.get().iso3() + " / " + subject;
                // As text, so that row 1234 is not written 1.234 in Dutch.
                errors.add(EditionError.at(row.number(), countryColumn, shown, "duplicate", String.valueOf(first)));
                continue;
            }
            for (String field : set.fields()) {
                field(row, field, columns.get(field), sheet.decimalComma())
                        .filter(value -> !value.isEmpty())
                        .ifPresent(value -> values.add(
                                new EvidenceValues.Value(country.get().iso3(), subject, field, value)));
            }
        }
        if (!errors.isEmpty()) {
            throw new EditionRefused(errors);
        }
        return values;
    }

    private Map<String, Integer> columns(Sheet.Row header) {
        Set<String> known = knownColumns(set);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i);
            if (name.isBlank()) {
                continue;
            }
            if (!known.contains(name)) {
                errors.add(EditionError.at(header.number(), name, name, "unknownColumn"));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(EditionError.at(header.number(), name, name, "duplicateColumn"));
            }
        }
        if (!columns.containsKey(ISO3) && !columns.containsKey(COUNTRY)) {
            errors.add(EditionError.at(header.number(), ISO3, "", "missingColumn"));
        }
        for (String required : requiredColumns(set)) {
            if (!columns.containsKey(required)) {
                errors.add(EditionError.at(header.number(), required, "", "missingColumn"));
            }
        }
        return columns;
    }

    /** A value in a column without a header would be lost without a word. */
    private void beyondHeader(Sheet.Row row, Sheet.Row header) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (header.cell(i).isBlank() && !row.cell(i).isBlank()) {
                errors.add(EditionError.at(row.number(), "", row.cell(i), "noColumn"));
            }
        }
    }

    private Optional<Country> country(Sheet.Row row, String column, int index) {
        String value = row.cell(index);
        if (value.isBlank()) {
            errors.add(EditionError.at(row.number(), column, value, "missingCountry"));
            return Optional.empty();
        }
        Match<Country> match = countries.apply(value);
        if (match.found().isEmpty()) {
            String nearest = match.suggestions().stream().map(Country::nameEn).collect(Collectors.joining(", "));
            errors.add(EditionError.at(row.number(), column, value, "unknownCountry", nearest));
        }
        return match.found();
    }

    /** The subject of the row, "" for a country-level data set, or null when it is missing or too long. */
    private String subject(Sheet.Row row, Map<String, Integer> columns) {
        if (set.subjectColumn() == null) {
            return "";
        }
        String value = EvidenceValues.nfc(row.cell(columns.get(set.subjectColumn())));
        if (value.isBlank()) {
            errors.add(EditionError.at(row.number(), set.subjectColumn(), value, "missingSubject"));
            return null;
        }
        if (value.length() > MAX_SUBJECT) {
            errors.add(EditionError.at(row.number(), set.subjectColumn(), value, "tooLong", MAX_SUBJECT));
            return null;
        }
        return value;
    }

    private Optional<String> field(Sheet.Row row, String field, int index, boolean decimalComma) {
        String value = row.cell(index);
        FieldKind kind = FieldKind.of(set, field);
        Optional<String> accepted = value.length() > MAX_VALUE ? Optional.empty() : kind.accept(value, decimalComma);
        if (accepted.isEmpty()) {
            Object[] arguments = value.length() > MAX_VALUE ? new Object[] {MAX_VALUE} : kind.bounds();
            String reason = value.length() > MAX_VALUE ? "tooLong" : kind.refusal();
            errors.add(EditionError.at(row.number(), field, value, reason, arguments));
        }
        return accepted;
    }
}
