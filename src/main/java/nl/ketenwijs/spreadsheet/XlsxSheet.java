package nl.ketenwijs.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an uploaded workbook, read as a stream of XML: memory grows with the rows kept, not
 * with a model of every cell (which for a large sheet is gigabytes). Numbers are read as Excel stores them
 * (0.12, not 12 %), text as text. Formulas are refused, not evaluated: evaluating one runs whatever the
 * workbook says, and a cached result may be stale, so the secretariat pastes values instead.
 */
final class XlsxSheet {

    static {
        // A workbook is a zip: refuse entries that inflate more than a hundredfold or beyond 64 MB, so a
        // small upload cannot fill the memory (a zip bomb). The upload limit bounds the rest.
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
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRefused(SheetProblem.ofFile("empty"));
            }
            SheetHandler handler = new SheetHandler(new ReadOnlySharedStringsTable(workbook), maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
            if (!handler.errors.isEmpty()) {
                throw new SheetRefused(handler.errors);
            }
            return new Sheet(handler.rows, false);
        } catch (SAXException e) {
            if (e.getCause() instanceof SheetRefused refused) {
                throw refused;
            }
            throw new SheetRefused(SheetProblem.ofFile("notReadable"));
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof SheetRefused refused) {
                throw refused;
            }
            // Not a workbook, a damaged one, or one beyond the zip limits: POI says which in its own words.
            throw new SheetRefused(SheetProblem.ofFile("notReadable"));
        }
    }

    /**
     * The cells of a sheet's XML ({@code <row r><c r t><f/><v/><is><t/></is></c></row>}): {@code t} says
     * whether the value is a shared string's index, inline text, a formula's text result, a boolean, an
     * error or (absent) a number.
     */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final int maxRows;
        final List<Sheet.Row> rows = new ArrayList<>();
        final List<SheetProblem> errors = new ArrayList<>();
        private List<String> header = List.of();

        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private String formula;
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;
        private String value;

        SheetHandler(ReadOnlySharedStringsTable strings, int maxRows) {
            this.strings = strings;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? cells.size() : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    formula = null;
                    value = null;
                }
                case "f", "v", "t" -> {
                    collecting = true;
                    text.setLength(0);
                }
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String element = local(localName, qName);
            switch (element) {
                case "f" -> formula = text.toString();
                case "v" -> value = text.toString();
                case "t" -> value = value == null ? text.toString() : value + text;
                case "c" -> cell();
                case "row" -> row();
                default -> {}
            }
            if (element.equals("f") || element.equals("v") || element.equals("t")) {
                collecting = false;
            }
        }

        /** The element's name without a namespace prefix, whether or not the parser is namespace aware. */
        private static String local(String localName, String qName) {
            return localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
        }

        private void cell() {
            while (cells.size() < column) {
                cells.add("");
            }
            String name = name(column);
            if (formula != null) {
                errors.add(SheetProblem.at(rowNumber, name, "=" + formula, "formula"));
                cells.add("");
            } else if ("e".equals(type)) {
                errors.add(SheetProblem.at(rowNumber, name, "", "cellError"));
                cells.add("");
            } else {
                cells.add(text());
            }
        }

        private String text() {
            if (value == null) {
                return "";
            }
            if (type == null || type.equals("n")) {
                return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
            }
            return switch (type) {
                case "s" ->
                    strings.getItemAt(Integer.parseInt(value.strip()))
                            .getString()
                            .strip();
                case "b" -> String.valueOf("1".equals(value.strip()));
                default -> value.strip();
            };
        }

        private void row() throws SAXException {
            Sheet.Row read = new Sheet.Row(rowNumber, cells);
            if (read.isBlank()) {
                return;
            }
            if (rows.isEmpty()) {
                header = cells;
            }
            if (rows.size() > maxRows) {
                // Stop reading: the rest of a sheet this large is not worth the time.
                throw new SAXException(new SheetRefused(SheetProblem.ofFile("tooManyRows", maxRows)));
            }
            rows.add(read);
        }

        private String name(int index) {
            return index < header.size() && !header.get(index).isBlank()
                    ? header.get(index)
                    : CellReference.convertNumToColString(index);
        }
    }
}
