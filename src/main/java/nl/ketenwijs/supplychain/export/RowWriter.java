package nl.ketenwijs.supplychain.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a table row by row: text, numbers (BigDecimal) and empty cells (null). */
interface RowWriter extends AutoCloseable {

    /** A CSV file, or a workbook of one sheet with these column widths (in characters). */
    static RowWriter of(ExportFormat format, OutputStream out, String sheetName, List<Integer> widths)
            throws IOException {
        return format == ExportFormat.CSV ? new CsvRows(out) : new XlsxRows(out, sheetName, widths);
    }

    void header(List<String> names) throws IOException;

    void row(List<Object> values) throws IOException;

    /** Finishes the file; the output stream stays open. */
    @Override
    void close() throws IOException;
}
