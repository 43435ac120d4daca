package nl.ketenwijs.supplychain.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Dutch Excel reads it when opened with a double click: UTF-8 with a byte order mark (else Excel
 * assumes Windows-1252), semicolons between cells, a decimal comma, CRLF line ends, and quotes around a cell
 * that holds a semicolon, quote or line break.
 */
final class CsvRows implements RowWriter {

    private static final char SEPARATOR = ';';

    private final Writer out;

    CsvRows(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\ufeff');
    }

    @Override
    public void header(List<String> names) throws IOException {
        row(names.stream().map(SafeText::of).map(Object.class::cast).toList());
    }

    @Override
    public void row(List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            Object value = values.get(i);
            if (value instanceof BigDecimal number) {
                out.write(number.toPlainString().replace('.', ','));
            } else if (value != null) {
                out.write(quoted(value.toString()));
            }
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static String quoted(String text) {
        boolean needsQuotes = text.indexOf(SEPARATOR) >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
