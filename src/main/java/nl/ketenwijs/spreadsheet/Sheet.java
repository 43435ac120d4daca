package nl.ketenwijs.spreadsheet;

import java.util.List;

/**
 * The cells of an uploaded file as text, row by row, the header first. Blank rows are left out but keep
 * their number, so every row is named as the spreadsheet shows it.
 *
 * @param decimalComma the file was written with semicolons, as Dutch Excel does, so 0,12 means 0.12
 */
public record Sheet(List<Row> rows, boolean decimalComma) {

    /**
     * Rows after the header unless the caller says otherwise: files beyond this are no upload a person makes
     * by hand; refusing them bounds memory and time.
     */
    public static final int MAX_ROWS = 20_000;

    /** How a CSV file without a byte order mark may be encoded. */
    public enum CsvEncoding {
        /** Only UTF-8: anything else is refused rather than guessed, so no name is garbled. */
        UTF8,
        /**
         * UTF-8 when the bytes are valid UTF-8, else Windows-1252: Dutch Excel's "CSV (puntkomma)" writes that,
         * without a byte order mark. Invalid UTF-8 is almost never valid text by accident, so the choice is safe.
         */
        UTF8_OR_WINDOWS_1252
    }

    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public Sheet {
        rows = List.copyOf(rows);
    }

    /** Reads a workbook (.xlsx, found by its zip signature) or else a CSV file in UTF-8. */
    public static Sheet read(byte[] file) {
        return read(file, CsvEncoding.UTF8);
    }

    /** Reads a workbook (.xlsx, found by its zip signature) or else a CSV file in the given encoding. */
    public static Sheet read(byte[] file, CsvEncoding encoding) {
        return read(file, encoding, MAX_ROWS);
    }

    /**
     * @param maxRows rows after the header that the caller accepts; a file with more is refused before its
     *     rows are all read
     */
    public static Sheet read(byte[] file, CsvEncoding encoding, int maxRows) {
        if (file.length == 0) {
            throw new SheetRefused(SheetProblem.ofFile("empty"));
        }
        if (XlsxSheet.isWorkbook(file)) {
            return XlsxSheet.read(file, maxRows);
        }
        if (XlsxSheet.isOldWorkbook(file)) {
            throw new SheetRefused(SheetProblem.ofFile("oldExcel"));
        }
        return CsvSheet.read(file, encoding, maxRows);
    }
}
