package nl.ketenwijs.supplychain.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import nl.ketenwijs.supplychain.mapping.Audit;
import nl.ketenwijs.supplychain.mapping.Supplier;
import nl.ketenwijs.supplychain.mapping.SupplierInput;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A company's suppliers with all their details as a spreadsheet, one row per supplier; where each stands on
 * the chain is in the chain export. Kinds, certifications and audit results are written in the reader's
 * language. A company records tens or hundreds of suppliers, so they are read whole.
 */
@Service
public class SupplierExport {

    private static final List<String> HEADERS = List.of(
            "name",
            "kind",
            "countryIso3",
            "country",
            "place",
            "address",
            "certifications",
            "auditDate",
            "auditScheme",
            "auditResult",
            "auditNote");

    private static final List<Integer> WIDTHS = List.of(34, 16, 10, 24, 24, 40, 34, 12, 24, 20, 50);

    private final SupplierStore suppliers;
    private final KnowledgeNames names;
    private final MessageSource messages;

    SupplierExport(SupplierStore suppliers, KnowledgeNames names, MessageSource messages) {
        this.suppliers = suppliers;
        this.names = names;
        this.messages = messages;
    }

    public void write(UUID organisation, ExportFormat format, Locale locale, OutputStream out) throws IOException {
        KnowledgeNames.Names inLanguage = names.in(locale);
        try (RowWriter rows = RowWriter.of(format, out, message("chain.supplierExport.sheet", locale), WIDTHS)) {
            rows.header(HEADERS.stream()
                    .map(key -> message("chain.supplierExport." + key, locale))
                    .toList());
            for (Supplier supplier : suppliers.suppliers(organisation)) {
                rows.row(values(supplier.details(), inLanguage, locale));
            }
        }
    }

    private List<Object> values(SupplierInput details, KnowledgeNames.Names inLanguage, Locale locale) {
        List<Object> values = new ArrayList<>(HEADERS.size());
        values.add(SafeText.of(details.name()));
        values.add(message("chain.supplier.kind." + details.kind().code(), locale));
        String country = details.countryIso3();
        values.add(country);
        values.add(country == null ? null : SafeText.of(inLanguage.country(country)));
        values.add(SafeText.of(details.place()));
        values.add(SafeText.of(details.address()));
        values.add(
                details.certifications().isEmpty()
                        ? null
                        : details.certifications().stream()
                                .map(certification -> message(certification.messageKey(), locale))
                                .collect(Collectors.joining(", ")));
        Audit audit = details.audit();
        values.add(audit == null ? null : audit.date().toString());
        values.add(audit == null ? null : SafeText.of(audit.scheme()));
        values.add(
                audit == null
                        ? null
                        : message("chain.supplier.auditResult." + audit.result().code(), locale));
        values.add(audit == null ? null : SafeText.of(audit.note()));
        return values;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
