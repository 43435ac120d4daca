package nl.ketenwijs.monitoring.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the aggregate table as CSV (Dutch Excel: UTF-8 with byte order mark, semicolons, decimal comma)
 * or as a workbook. The table is a few hundred rows, so both are made in memory. A text cell that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a quote in
 * front: a branch's name is typed by people.
 */
public final class AggregateExport {

    private AggregateExport() {}

    public static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\ufeff");
        line(out, List.copyOf(header));
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(sheetName);
            write(sheet.createRow(0), List.copyOf(header));
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be written", e);
        }
    }

    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            Object cell = cells.get(i);
            if (cell instanceof BigDecimal number) {
                out.append(number.toPlainString().replace('.', ','));
            } else if (cell != null) {
                String text = inert(cell.toString());
                boolean quote = text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
                out.append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
            }
        }
        out.append("\r\n");
    }

    private static void write(Row row, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            if (cell instanceof BigDecimal number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (cell != null) {
                row.createCell(i).setCellValue(inert(cell.toString()));
            }
        }
    }
}
