package nl.ketenwijs.riskknowledge.editions;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded CSV file: UTF-8 with or without a byte order mark, fields separated by commas or, as Dutch
 * Excel writes them, by semicolons (whichever the header has more of), quoted fields with doubled quotes
 * and line breaks inside them. Anything but UTF-8 is refused rather than guessed, so no name is garbled.
 */
final class CsvSheet {

    private CsvSheet() {}

    static Sheet read(byte[] file) {
        String text = decode(file);
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
                add(rows, new Sheet.Row(number++, cells));
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new EditionRefused(EditionError.at(number, "", "", "unclosedQuote"));
        }
        cells.add(cell.toString().strip());
        add(rows, new Sheet.Row(number, cells));
        return new Sheet(rows, separator == ';');
    }

    private static void add(List<Sheet.Row> rows, Sheet.Row row) {
        if (row.isBlank()) {
            return;
        }
        if (rows.size() > Sheet.MAX_ROWS) {
            throw new EditionRefused(EditionError.ofFile("tooManyRows", Sheet.MAX_ROWS));
        }
        rows.add(row);
    }

    private static String decode(byte[] file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new EditionRefused(EditionError.ofFile("notUtf8"));
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
