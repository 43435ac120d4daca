package nl.ketenwijs.supplychain.export;

import java.io.IOException;
import java.util.List;

/** Writes a table row by row: text, numbers (BigDecimal) and empty cells (null). */
interface RowWriter extends AutoCloseable {

    void header(List<String> names) throws IOException;

    void row(List<Object> values) throws IOException;

    /** Finishes the file; the output stream stays open. */
    @Override
    void close() throws IOException;
}
