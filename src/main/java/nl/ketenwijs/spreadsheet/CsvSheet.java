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

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvSheet() {}

    static Sheet read(byte[] file, Sheet.CsvEncoding encoding, int maxRows) {
        String text = decode(file, encoding);
        if (hasControlCharacter(text)) {
            // Control characters are in binary files (a PDF, an image), never in text a spreadsheet wrote.
            throw new SheetRefused(SheetProblem.ofFile("notText"));
        }
        char separator = separator(text);
        List<Sheet.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        Lines lines = new Lines(text);
        for (int i = 0; i < text.length(); i++) {
            if (cells.isEmpty() && cell.isEmpty() && !quoted) {
                int end = lines.plainLineEnd(i);
                if (end >= 0) {
                    add(rows, new Sheet.Row(number++, split(text, i, lines.contentEnd(i, end), separator)), maxRows);
                    i = end;
                    continue;
                }
            }
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

    /** The cells of a line without quotes, as the character by character reading would find them. */
    private static List<String> split(String text, int start, int end, char separator) {
        List<String> cells = new ArrayList<>();
        int from = start;
        for (int at = text.indexOf(separator, from); at >= 0 && at < end; at = text.indexOf(separator, from)) {
            cells.add(text.substring(from, at).strip());
            from = at + 1;
        }
        cells.add(text.substring(from, end).strip());
        return cells;
    }

    /**
     * Finds lines that need no reading character by character: most of a file, whose lines have no quotes.
     * Such a line is cut at its separators with {@link String#indexOf}, which a fresh server already runs
     * compiled, where a loop over four million characters would first run interpreted. The next quote and
     * line break are kept, so the file is searched once, not once per line.
     */
    private static final class Lines {
        private final String text;
        private int nextQuote = -1;
        private int nextCarriageReturn = -1;
        private int nextLineFeed = -1;

        Lines(String text) {
            this.text = text;
        }

        /**
         * @return the position of the line feed that ends the line starting at {@code start}, when the line
         *     has no quote and no other line break; else -1
         */
        int plainLineEnd(int start) {
            nextLineFeed = next('\n', start, nextLineFeed);
            if (nextLineFeed == text.length()) {
                return -1;
            }
            nextQuote = next('"', start, nextQuote);
            nextCarriageReturn = next('\r', start, nextCarriageReturn);
            int contentEnd = contentEnd(start, nextLineFeed);
            return nextQuote > nextLineFeed && nextCarriageReturn >= contentEnd ? nextLineFeed : -1;
        }

        /** Where the line's text ends: before a carriage return that goes with the line feed. */
        int contentEnd(int start, int lineFeed) {
            return lineFeed > start && text.charAt(lineFeed - 1) == '\r' ? lineFeed - 1 : lineFeed;
        }

        private int next(char c, int from, int known) {
            if (known >= from) {
                return known;
            }
            int at = text.indexOf(c, from);
            return at < 0 ? text.length() : at;
        }
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

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text without its byte order mark. The mark goes before decoding: a text that kept it would be held
     * as UTF-16, twice the memory and slower to read, though Excel's "CSV UTF-8" is mostly plain Latin-1.
     */
    private static String decode(byte[] file, Sheet.CsvEncoding encoding) {
        int start = hasByteOrderMark(file) ? UTF8_BYTE_ORDER_MARK.length : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, start, file.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            if (encoding == Sheet.CsvEncoding.UTF8_OR_WINDOWS_1252) {
                return new String(file, WINDOWS_1252);
            }
            throw new SheetRefused(SheetProblem.ofFile("notUtf8"));
        }
    }

    private static boolean hasByteOrderMark(byte[] file) {
        return file.length >= UTF8_BYTE_ORDER_MARK.length
                && file[0] == UTF8_BYTE_ORDER_MARK[0]
                && file[1] == UTF8_BYTE_ORDER_MARK[1]
                && file[2] == UTF8_BYTE_ORDER_MARK[2];
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
