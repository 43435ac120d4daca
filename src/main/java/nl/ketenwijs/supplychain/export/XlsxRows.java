package nl.ketenwijs.supplychain.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook with one sheet: a bold, frozen header row and numbers as numeric cells. The streaming workbook
 * keeps only a window of rows in memory and spills the rest to a temporary file, deleted on close. Text is
 * always a string cell, never a formula.
 */
final class XlsxRows implements RowWriter {

    private static final int ROWS_IN_MEMORY = 100;

    private final OutputStream stream;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Sheet sheet;
    private int next;

    XlsxRows(OutputStream stream, String sheetName, List<Integer> widths) {
        this.stream = stream;
        this.sheet = workbook.createSheet(sheetName);
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
    }

    @Override
    public void header(List<String> names) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < names.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(SafeText.of(names.get(i)));
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof BigDecimal number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (workbook) {
            workbook.write(stream);
        }
    }
}
