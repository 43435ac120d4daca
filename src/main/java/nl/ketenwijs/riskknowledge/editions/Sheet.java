package nl.ketenwijs.riskknowledge.editions;

import java.util.List;

/**
 * The cells of an uploaded file as text, row by row, the header first. Blank rows are left out but keep
 * their number, so every row is named as the spreadsheet shows it.
 *
 * @param decimalComma the file was written with semicolons, as Dutch Excel does, so 0,12 means 0.12
 */
record Sheet(List<Row> rows, boolean decimalComma) {

    /** Files beyond this are not an edition of any of our data sets (the largest has about 500 rows). */
    static final int MAX_ROWS = 20_000;

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    Sheet {
        rows = List.copyOf(rows);
    }

    /** Reads a workbook (.xlsx, found by its zip signature) or else a CSV file. */
    static Sheet read(byte[] file) {
        if (file.length == 0) {
            throw new EditionRefused(EditionError.ofFile("empty"));
        }
        if (XlsxSheet.isWorkbook(file)) {
            return XlsxSheet.read(file);
        }
        if (XlsxSheet.isOldWorkbook(file)) {
            throw new EditionRefused(EditionError.ofFile("oldExcel"));
        }
        return CsvSheet.read(file);
    }
}
