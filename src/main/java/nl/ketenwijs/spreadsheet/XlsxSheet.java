package nl.ketenwijs.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an uploaded workbook. Numbers are read as Excel stores them (0.12, not 12 %), text as
 * text. Formulas are refused, not evaluated: evaluating one runs whatever the workbook says, and a cached
 * result may be stale, so the secretariat pastes values instead.
 */
final class XlsxSheet {

    static {
        // A workbook is a zip: refuse entries that inflate more than a hundredfold or beyond 64 MB, so a
        // small upload cannot fill the memory (a zip bomb). The 10 MB upload limit bounds the rest.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private XlsxSheet() {}

    /** A zip file starts with PK\3\4; an .xlsx is one. */
    static boolean isWorkbook(byte[] file) {
        return file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }

    /** The binary .xls format of Excel 97–2003, an OLE2 compound file. */
    static boolean isOldWorkbook(byte[] file) {
        return file.length > 4 && (file[0] & 0xFF) == 0xD0 && (file[1] & 0xFF) == 0xCF;
    }

    static Sheet read(byte[] file, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new SheetRefused(SheetProblem.ofFile("empty"));
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows) {
                throw new SheetRefused(SheetProblem.ofFile("tooManyRows", maxRows));
            }
            List<Sheet.Row> rows = new ArrayList<>();
            List<SheetProblem> errors = new ArrayList<>();
            List<String> header = List.of();
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    cells.add(text(row.getCell(column), index + 1, name(header, column), errors));
                }
                Sheet.Row read = new Sheet.Row(index + 1, cells);
                if (!read.isBlank()) {
                    if (rows.isEmpty()) {
                        header = cells;
                    }
                    rows.add(read);
                }
            }
            if (!errors.isEmpty()) {
                throw new SheetRefused(errors);
            }
            return new Sheet(rows, false);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetRefused refused) {
                throw refused;
            }
            // Not a workbook, a damaged one, or one beyond the zip limits: POI says which in its own words.
            throw new SheetRefused(SheetProblem.ofFile("notReadable"));
        }
    }

    private static String name(List<String> header, int column) {
        return column < header.size() && !header.get(column).isBlank()
                ? header.get(column)
                : CellReference.convertNumToColString(column);
    }

    private static String text(Cell cell, int row, String column, List<SheetProblem> errors) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            errors.add(SheetProblem.at(row, column, "=" + cell.getCellFormula(), "formula"));
            return "";
        }
        if (type == CellType.ERROR) {
            errors.add(SheetProblem.at(row, column, "", "cellError"));
            return "";
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
