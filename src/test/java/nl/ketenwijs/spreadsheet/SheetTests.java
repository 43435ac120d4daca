package nl.ketenwijs.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetTests {

    @Test
    void readsCsvWithAByteOrderMarkAndCommas() {
        Sheet sheet = Sheet.read(utf8("\uFEFFiso3,cc_pctrank\r\nNLD,97.5\r\n"));

        assertThat(sheet.rows())
                .extracting(Sheet.Row::cells)
                .containsExactly(List.of("iso3", "cc_pctrank"), List.of("NLD", "97.5"));
        assertThat(sheet.decimalComma()).isFalse();
    }

    @Test
    void readsSemicolonsAsDutchExcelWritesThem() {
        Sheet sheet = Sheet.read(utf8("iso3;cc_pctrank;countryname\nNLD;97,5;Nederland, het\n"));

        assertThat(sheet.rows().get(1).cells()).containsExactly("NLD", "97,5", "Nederland, het");
        assertThat(sheet.decimalComma()).isTrue();
    }

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        Sheet sheet = Sheet.read(utf8("good,iso3\n\"Cocoa, raw\",CIV\n\"Say \"\"hi\"\"\nthere\",GHA\n\nBeans,NGA\n"));

        assertThat(sheet.rows())
                .extracting(Sheet.Row::cells)
                .containsExactly(
                        List.of("good", "iso3"),
                        List.of("Cocoa, raw", "CIV"),
                        List.of("Say \"hi\"\nthere", "GHA"),
                        List.of("Beans", "NGA"));
        assertThat(sheet.rows())
                .as("a record with a line break is one row; a blank line keeps its number")
                .extracting(Sheet.Row::number)
                .containsExactly(1, 2, 3, 5);
    }

    @Test
    void readsLinesWithAndWithoutQuotesAlikeWhateverTheirLineBreaks() {
        Sheet sheet = Sheet.read(utf8("\uFEFFgood;iso3\r\n Cocoa ;CIV\r\n\"Palm; oil\";IDN\r\nSoy;\rBRA\nSugar;\"\"\r\n"
                + "\"Tea\r\nleaves\";;KEN\r\n\r\nRice;THA"));

        // A carriage return alone ends a line too; the blank line keeps its number.
        assertThat(sheet.rows())
                .containsExactly(
                        new Sheet.Row(1, List.of("good", "iso3")),
                        new Sheet.Row(2, List.of("Cocoa", "CIV")),
                        new Sheet.Row(3, List.of("Palm; oil", "IDN")),
                        new Sheet.Row(4, List.of("Soy", "")),
                        new Sheet.Row(5, List.of("BRA")),
                        new Sheet.Row(6, List.of("Sugar", "")),
                        new Sheet.Row(7, List.of("Tea\r\nleaves", "", "KEN")),
                        new Sheet.Row(9, List.of("Rice", "THA")));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = "iso3,countryname\nCIV,Côte d'Ivoire\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Sheet.read(latin1))
                .isInstanceOfSatisfying(
                        SheetRefused.class,
                        refused -> assertThat(refused.problems())
                                .extracting(SheetProblem::reason)
                                .containsExactly("notUtf8"));
    }

    @Test
    void readsWindows1252AsDutchExcelWritesItWhenAllowed() {
        byte[] cp1252 =
                "product;land\nCr\u00e8me;Ivoorkust\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        Sheet sheet = Sheet.read(cp1252, Sheet.CsvEncoding.UTF8_OR_WINDOWS_1252);

        assertThat(sheet.rows().get(1).cells()).containsExactly("Cr\u00e8me", "Ivoorkust");
        assertThat(sheet.decimalComma()).isTrue();
        assertThat(Sheet.read(utf8("product;land\nCr\u00e8me;CIV\n"), Sheet.CsvEncoding.UTF8_OR_WINDOWS_1252)
                        .rows()
                        .get(1)
                        .cell(0))
                .isEqualTo("Cr\u00e8me");
    }

    @Test
    void refusesAnUnclosedQuoteAtItsRow() {
        assertThatThrownBy(() -> Sheet.read(utf8("iso3,good\nCIV,\"Cocoa\n")))
                .isInstanceOfSatisfying(
                        SheetRefused.class,
                        refused -> assertThat(refused.problems())
                                .extracting(SheetProblem::row, SheetProblem::reason)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "unclosedQuote")));
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithNumbersAsExcelStoresThem() throws IOException {
        byte[] workbook = workbook(sheet -> {
            row(sheet, 0, "iso3", "cc_pctrank");
            Row nld = sheet.createRow(1);
            nld.createCell(0).setCellValue("NLD");
            nld.createCell(1).setCellValue(97.5);
            Row three = sheet.createRow(3);
            three.createCell(0).setCellValue("BEL");
            three.createCell(1).setCellValue(80);
        });

        Sheet sheet = Sheet.read(workbook);

        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(1, 2, 4);
        assertThat(sheet.rows().get(1).cells()).containsExactly("NLD", "97.5");
        assertThat(sheet.rows().get(2).cells()).containsExactly("BEL", "80");
    }

    @Test
    void refusesFormulasWithTheirRowAndColumnInsteadOfEvaluatingThem() throws IOException {
        byte[] workbook = workbook(sheet -> {
            row(sheet, 0, "iso3", "cc_pctrank");
            Row nld = sheet.createRow(1);
            nld.createCell(0).setCellValue("NLD");
            nld.createCell(1).setCellFormula("90+7.5");
        });

        assertThatThrownBy(() -> Sheet.read(workbook))
                .isInstanceOfSatisfying(
                        SheetRefused.class,
                        refused -> assertThat(refused.problems())
                                .extracting(
                                        SheetProblem::row,
                                        SheetProblem::column,
                                        SheetProblem::value,
                                        SheetProblem::reason)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(2, "cc_pctrank", "=90+7.5", "formula")));
    }

    /** A workbook streamed out by a program (inline strings, booleans) reads like one saved by Excel. */
    @Test
    void readsInlineTextAndBooleansAndStopsAtTheRowLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook streamed = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = streamed.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Product");
            header.createCell(2).setCellValue("Bio");
            for (int n = 1; n <= 4; n++) {
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue("Caf\u00e9 " + n);
                row.createCell(2).setCellValue(n % 2 == 0);
            }
            streamed.write(out);
        }
        byte[] workbook = out.toByteArray();

        Sheet sheet = Sheet.read(workbook);
        assertThat(sheet.rows().get(0).cells()).containsExactly("Product", "", "Bio");
        assertThat(sheet.rows().get(2).cells()).containsExactly("Caf\u00e9 2", "", "true");
        assertThat(sheet.rows()).hasSize(5);

        assertThatThrownBy(() -> Sheet.read(workbook, Sheet.CsvEncoding.UTF8, 3))
                .isInstanceOfSatisfying(
                        SheetRefused.class,
                        refused -> assertThat(refused.problems())
                                .extracting(SheetProblem::reason, SheetProblem::arguments)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("tooManyRows", List.of(3))));
    }

    @Test
    void refusesADamagedWorkbookAndTheOldExcelFormat() {
        byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};

        assertThatThrownBy(() -> Sheet.read(damaged))
                .isInstanceOfSatisfying(
                        SheetRefused.class,
                        refused -> assertThat(refused.problems())
                                .extracting(SheetProblem::reason)
                                .containsExactly("notReadable"));
        assertThatThrownBy(() -> Sheet.read(xls))
                .isInstanceOfSatisfying(
                        SheetRefused.class,
                        refused -> assertThat(refused.problems())
                                .extracting(SheetProblem::reason)
                                .containsExactly("oldExcel"));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] workbook(java.util.function.Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Edition"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void row(XSSFSheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
