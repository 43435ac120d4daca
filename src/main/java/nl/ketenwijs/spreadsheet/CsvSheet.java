package nl.ketenwijs.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded CSV file: UTF-8 with or without a byte order mark, fields separated by commas or, as Dutch
 * Excel writes them, by semicolons (whichever the header has more of), quoted fields with doubled quotes
 * and line breaks inside them. Without a byte order mark, the caller says whether Windows-1252 is allowed
 * besides UTF-8 (see {@link Sheet.CsvEncoding}).
 */
final class CsvSheet {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheet() {}

    static Sheet read(byte[] file, Sheet.CsvEncoding encoding, int maxRows) {
        String text = decode(file, encoding);
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            // Control characters are in binary files (a PDF, an image), never in text a spreadsheet wrote.
            throw new SheetRefused(SheetProblem.ofFile("notText"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<Sheet.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                add(rows, new Sheet.Row(number++, cells), maxRows);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new SheetRefused(SheetProblem.at(number, "", "", "unclosedQuote"));
        }
        cells.add(cell.toString().strip());
        add(rows, new Sheet.Row(number, cells), maxRows);
        return new Sheet(rows, separator == ';');
    }

    private static void add(List<Sheet.Row> rows, Sheet.Row row, int maxRows) {
        if (row.isBlank()) {
            return;
        }
        if (rows.size() > maxRows) {
            throw new SheetRefused(SheetProblem.ofFile("tooManyRows", maxRows));
        }
        rows.add(row);
    }

    private static String decode(byte[] file, Sheet.CsvEncoding encoding) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            if (encoding == Sheet.CsvEncoding.UTF8_OR_WINDOWS_1252) {
                return new String(file, WINDOWS_1252);
            }
            throw new SheetRefused(SheetProblem.ofFile("notUtf8"));
        }
    }

    /** The separator the header line uses most, outside quotes: a semicolon or a comma. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
