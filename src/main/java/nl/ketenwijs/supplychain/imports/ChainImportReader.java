package nl.ketenwijs.supplychain.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.spreadsheet.Sheet;
import nl.ketenwijs.spreadsheet.SheetRefused;
import nl.ketenwijs.supplychain.mapping.DecimalText;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.OriginText;
import nl.ketenwijs.supplychain.mapping.Quantities;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import nl.ketenwijs.supplychain.mapping.TieredName;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded chain into an {@link ImportReport}, changing nothing. Every cell that cannot be read is an
 * error with its row and column; a raw material the knowledge base does not know is only a warning: it is
 * kept unclassified, a gap the register shows. So is a supplier the company has not recorded yet: it is
 * created with its name only.
 */
@Component
class ChainImportReader {

    /** Below the multipart limit; checked here too so that the refusal is ours and says why. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /**
     * A supermarket's whole assortment fits (100,000 product lines and more); the bound keeps one upload's
     * memory and time in check.
     */
    static final int MAX_ROWS = 200_000;

    static final int MAX_NAME = 200;
    static final int MAX_ARTICLE_CODE = 50;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LARGEST = new BigDecimal("999999999999");
    private static final List<String> FILE_TYPES = List.of("csv", "txt", "xlsx");

    /** A supplier entry's name and the whole number in brackets at its end, its tier. */
    private static final Pattern TIERED = Pattern.compile("(.*?)\\s*\\(\\s*(\\d+)\\s*\\)");

    private final Commodities commodities;
    private final OriginText originText;

    ChainImportReader(Commodities commodities, OriginText originText) {
        this.commodities = commodities;
        this.originText = originText;
    }

    /**
     * @param fileName as the person's computer calls it, only to refuse a wrong type early (may be null)
     * @param mapping the column name chosen per header, when the person mapped them; else null
     * @param knownSuppliers the names (in lower case) of the suppliers the company has: another is new, a warning
     */
    ImportReport read(byte[] file, String fileName, List<String> mapping, Locale locale, Set<String> knownSuppliers) {
        if (file.length > MAX_BYTES) {
            return ImportReport.refused(List.of(ImportProblem.ofFile("tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        if (!hasFileType(fileName)) {
            return ImportReport.refused(List.of(ImportProblem.ofFile("wrongType")));
        }
        Sheet sheet;
        try {
            sheet = Sheet.read(file, Sheet.CsvEncoding.UTF8_OR_WINDOWS_1252, MAX_ROWS);
        } catch (SheetRefused refused) {
            return ImportReport.refused(refused.problems().stream()
                    .map(p -> new ImportProblem(p.row(), p.column(), p.value(), p.reason(), p.arguments()))
                    .toList());
        }
        if (sheet.rows().size() < 2) {
            return ImportReport.refused(List.of(ImportProblem.ofFile("noRows")));
        }
        Sheet.Row header = sheet.rows().get(0);
        List<Optional<ImportColumn>> columns = columns(header, mapping);
        Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < columns.size(); i++) {
            int at = i;
            columns.get(i).ifPresent(column -> index.put(column, at));
        }
        if (!index.keySet().containsAll(ImportColumn.REQUIRED)) {
            return new ImportReport(header.cells(), columns, List.of(), List.of(), List.of(), true);
        }
        RowReading reading = new RowReading(header, index, sheet.decimalComma(), locale, knownSuppliers);
        List<ImportRow> rows = new ArrayList<>();
        for (Sheet.Row row : sheet.rows().subList(1, sheet.rows().size())) {
            reading.read(row).ifPresent(rows::add);
        }
        return new ImportReport(header.cells(), columns, rows, reading.errors, reading.warnings, false);
    }

    private static boolean hasFileType(String fileName) {
        if (fileName == null || !fileName.contains(".")) {
            return true;
        }
        String type = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return FILE_TYPES.contains(type);
    }

    /** The person's mapping when given, else what each header is known as; a column is used once. */
    private static List<Optional<ImportColumn>> columns(Sheet.Row header, List<String> mapping) {
        List<Optional<ImportColumn>> columns = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Optional<ImportColumn> column = mapping == null
                    ? ImportColumn.byHeader(header.cell(i))
                    : ImportColumn.byName(i < mapping.size() ? mapping.get(i) : "");
            columns.add(column.filter(c -> !columns.contains(Optional.of(c))));
        }
        return columns;
    }

    /** Reads the rows of one file, collecting its errors and warnings. */
    private final class RowReading {

        private final Sheet.Row header;
        private final Map<ImportColumn, Integer> index;
        private final boolean decimalComma;
        private final Locale locale;
        private final List<ImportProblem> errors = new ArrayList<>();
        private final List<ImportProblem> warnings = new ArrayList<>();
        /** A file names the same raw materials and countries on many rows: each text is looked up once. */
        private final Map<String, Optional<Commodity>> commodityMatches = new HashMap<>();

        private final Map<String, OriginText.Reading> originReadings = new HashMap<>();

        /** Names in lower case: known to the company, or new and warned about once, on their first row. */
        private final Set<String> suppliersSeen;

        RowReading(
                Sheet.Row header,
                Map<ImportColumn, Integer> index,
                boolean decimalComma,
                Locale locale,
                Set<String> knownSuppliers) {
            this.header = header;
            this.index = index;
            this.decimalComma = decimalComma;
            this.locale = locale;
            this.suppliersSeen = new HashSet<>(knownSuppliers);
        }

        Optional<ImportRow> read(Sheet.Row row) {
            int before = errors.size();
            String product = name(row, ImportColumn.PRODUCT, MAX_NAME);
            String articleCode = name(row, ImportColumn.ARTICLE_CODE, MAX_ARTICLE_CODE);
            String material = name(row, ImportColumn.MATERIAL, MAX_NAME);
            if (product.isEmpty()) {
                error(row, ImportColumn.PRODUCT, "missingProduct");
            }
            if (material.isEmpty()) {
                // The export writes a product without raw materials as a row with nothing but the product.
                if (!onlyProduct(row)) {
                    error(row, ImportColumn.MATERIAL, "missingMaterial");
                }
                return errors.size() > before
                        ? Optional.empty()
                        : Optional.of(new ImportRow(
                                row.number(),
                                product,
                                blankToNull(articleCode),
                                null,
                                null,
                                List.of(),
                                Quantities.NONE,
                                List.of()));
            }
            String commodity = commodity(row, material);
            List<Origin> origins = origins(row);
            BigDecimal share = number(row, ImportColumn.SHARE);
            if (share != null && (share.signum() == 0 || share.compareTo(HUNDRED) > 0)) {
                error(row, ImportColumn.SHARE, "shareRange");
            }
            Quantities quantities =
                    new Quantities(share, number(row, ImportColumn.VOLUME), number(row, ImportColumn.SPEND));
            List<TieredName> suppliers = suppliers(row);
            if (errors.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new ImportRow(
                    row.number(),
                    product,
                    blankToNull(articleCode),
                    material,
                    commodity,
                    origins,
                    quantities,
                    suppliers));
        }

        /**
         * "Name (tier)" entries separated by semicolons; without a tier the supplier is the company's direct
         * one (tier 1). Each entry that cannot be read is an error of its own, with the entry as the value.
         */
        private List<TieredName> suppliers(Sheet.Row row) {
            List<TieredName> suppliers = new ArrayList<>();
            for (String text : cell(row, ImportColumn.SUPPLIERS).split(";")) {
                String entry = text.strip();
                if (entry.isEmpty()) {
                    continue;
                }
                Matcher tiered = TIERED.matcher(entry);
                String name = tiered.matches() ? tiered.group(1).strip() : entry;
                // More than two digits is out of range whatever they say, and would not fit an int.
                int tier = !tiered.matches() ? 1 : tiered.group(2).length() > 2 ? 0 : Integer.parseInt(tiered.group(2));
                if (name.isEmpty()) {
                    errors.add(entryProblem(row, entry, "missingSupplierName"));
                } else if (name.length() > MAX_NAME) {
                    errors.add(entryProblem(row, entry, "tooLong", MAX_NAME));
                } else if (tier < 1 || tier > SupplierStore.MAX_TIER) {
                    errors.add(entryProblem(row, entry, "supplierTier", SupplierStore.MAX_TIER));
                } else {
                    suppliers.add(new TieredName(name, tier));
                    if (suppliersSeen.add(name.toLowerCase(Locale.ROOT))) {
                        warnings.add(entryProblem(row, name, "newSupplier"));
                    }
                }
            }
            return suppliers;
        }

        private ImportProblem entryProblem(Sheet.Row row, String entry, String reason, Object... arguments) {
            return new ImportProblem(
                    row.number(), columnName(ImportColumn.SUPPLIERS), entry, reason, List.of(arguments));
        }

        private boolean onlyProduct(Sheet.Row row) {
            return index.entrySet().stream()
                    .filter(e -> e.getKey() != ImportColumn.PRODUCT && e.getKey() != ImportColumn.ARTICLE_CODE)
                    .allMatch(e -> row.cell(e.getValue()).isBlank());
        }

        /** The code or commodity column when filled, else the raw material's own name; unknown is a warning. */
        private String commodity(Sheet.Row row, String material) {
            ImportColumn column = !cell(row, ImportColumn.COMMODITY_CODE).isEmpty()
                    ? ImportColumn.COMMODITY_CODE
                    : !cell(row, ImportColumn.COMMODITY).isEmpty() ? ImportColumn.COMMODITY : ImportColumn.MATERIAL;
            String text = column == ImportColumn.MATERIAL ? material : cell(row, column);
            Optional<Commodity> found = commodityMatches.computeIfAbsent(
                    text, typed -> commodities.match(typed).found());
            if (found.isEmpty()) {
                warnings.add(problem(row, column, "notClassified"));
            }
            return found.map(Commodity::code).orElse(null);
        }

        /** The ISO3 column when filled, else the country column; nothing at all is "unknown". */
        private List<Origin> origins(Sheet.Row row) {
            ImportColumn column =
                    !cell(row, ImportColumn.COUNTRY_ISO3).isEmpty() ? ImportColumn.COUNTRY_ISO3 : ImportColumn.COUNTRY;
            OriginText.Reading reading = originReadings.computeIfAbsent(cell(row, column), originText::read);
            reading.problems()
                    .forEach(problem -> errors.add(new ImportProblem(
                            row.number(),
                            columnName(column),
                            problem.input(),
                            problem.suggestions().isEmpty() ? "unknownCountry" : "unknownCountrySuggest",
                            List.of(problem.suggestions().stream()
                                    .map((Country c) -> c.name(locale))
                                    .collect(Collectors.joining(", "))))));
            return reading.origins();
        }

        private BigDecimal number(Sheet.Row row, ImportColumn column) {
            String text = cell(row, column);
            if (text.isEmpty()) {
                return null;
            }
            Optional<BigDecimal> value = DecimalText.parse(text, decimalComma);
            if (value.isEmpty() || value.get().compareTo(LARGEST) > 0) {
                error(row, column, "notNumber");
                return null;
            }
            return value.get();
        }

        private String name(Sheet.Row row, ImportColumn column, int maxLength) {
            String text = cell(row, column);
            if (text.length() > maxLength) {
                errors.add(problem(row, column, "tooLong", maxLength));
            }
            return text;
        }

        /** A cell's text; the quote the export puts before = + - @ to keep a spreadsheet from running it goes. */
        private String cell(Sheet.Row row, ImportColumn column) {
            Integer at = index.get(column);
            String text = at == null ? "" : row.cell(at).strip();
            return isQuotedFormulaStart(text) ? text.substring(1) : text;
        }

        private void error(Sheet.Row row, ImportColumn column, String reason) {
            errors.add(problem(row, column, reason));
        }

        private ImportProblem problem(Sheet.Row row, ImportColumn column, String reason, Object... arguments) {
            Integer at = index.get(column);
            return new ImportProblem(
                    row.number(), columnName(column), at == null ? "" : row.cell(at), reason, List.of(arguments));
        }

        private String columnName(ImportColumn column) {
            Integer at = index.get(column);
            return at == null ? "" : header.cell(at);
        }
    }

    private static boolean isQuotedFormulaStart(String text) {
        return text.length() >= 2 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
