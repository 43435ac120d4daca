package nl.ketenwijs.supplychain.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.mapping.ChainLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A company's whole chain as a spreadsheet, one row per (product, raw material, origin), written while it is
 * read. Only the company's own rows: the links are read as that company, and row-level security admits no other.
 */
@Service
public class ChainExport {

    private final ChainLinks chain;
    private final KnowledgeNames names;
    private final MessageSource messages;

    ChainExport(ChainLinks chain, KnowledgeNames names, MessageSource messages) {
        this.chain = chain;
        this.names = names;
        this.messages = messages;
    }

    public void write(UUID organisation, ExportFormat format, Locale locale, OutputStream out) throws IOException {
        ChainSheet sheet = new ChainSheet(names.in(locale), locale);
        try (RowWriter rows = RowWriter.of(format, out, ChainSheet.sheetName(messages, locale), ChainSheet.WIDTHS)) {
            rows.header(ChainSheet.headers(messages, locale));
            chain.each(organisation, link -> {
                try {
                    rows.row(sheet.values(link));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
