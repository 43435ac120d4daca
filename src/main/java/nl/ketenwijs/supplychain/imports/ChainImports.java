package nl.ketenwijs.supplychain.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.MaterialInput;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.ProductImport;
import nl.ketenwijs.supplychain.mapping.Quantities;
import nl.ketenwijs.supplychain.mapping.SupplierLinkImport;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import nl.ketenwijs.supplychain.mapping.TieredName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a chain from a spreadsheet, all or nothing: a preview changes nothing, and a commit stores every
 * row in one transaction, or, when any row has an error, nothing at all. An import adds to the chain: products,
 * raw materials, origins, and the suppliers on those origins.
 */
@Service
public class ChainImports {

    private final ChainImportReader reader;
    private final ChainStore chain;
    private final SupplierStore suppliers;

    ChainImports(ChainImportReader reader, ChainStore chain, SupplierStore suppliers) {
        this.reader = reader;
        this.chain = chain;
        this.suppliers = suppliers;
    }

    /**
     * @param organisation whose suppliers a named supplier may be: another one is new, a warning
     * @param mapping the column chosen per header when the person mapped them, else null
     */
    public ImportReport preview(UUID organisation, byte[] file, String fileName, List<String> mapping, Locale locale) {
        return reader.read(file, fileName, mapping, locale, suppliers.lowerCaseNames(organisation));
    }

    /** @return the report; the chain changed only if {@link ImportReport#canCommit()} */
    @Transactional
    public ImportReport commit(UUID organisation, byte[] file, String fileName, List<String> mapping, Locale locale) {
        ImportReport report = reader.read(file, fileName, mapping, locale, suppliers.lowerCaseNames(organisation));
        if (report.canCommit()) {
            chain.addImport(organisation, merged(report.rows()), supplierLinks(report.rows()));
        }
        return report;
    }

    /** Each supplier of a row stands on each of the row's origins. */
    static List<SupplierLinkImport> supplierLinks(List<ImportRow> rows) {
        List<SupplierLinkImport> links = new ArrayList<>();
        for (ImportRow row : rows) {
            for (Origin origin : row.origins()) {
                for (TieredName supplier : row.suppliers()) {
                    links.add(new SupplierLinkImport(
                            row.product(), row.material(), origin.iso3(), supplier.name(), supplier.tier()));
                }
            }
        }
        return links;
    }

    /** Rows of one product and raw material (in any case) become one, with the origins of all of them. */
    static List<ProductImport> merged(List<ImportRow> rows) {
        Map<String, ProductDraft> products = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            ProductDraft product = products.computeIfAbsent(key(row.product()), k -> new ProductDraft(row.product()));
            product.articleCode = first(product.articleCode, row.articleCode());
            if (row.material() != null) {
                product.materials
                        .computeIfAbsent(key(row.material()), k -> new MaterialDraft(row.material()))
                        .add(row);
            }
        }
        return products.values().stream().map(ProductDraft::done).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The first value given wins; the export repeats a raw material's numbers on each origin's row. */
    private static <T> T first(T kept, T next) {
        return kept != null ? kept : next;
    }

    private static final class ProductDraft {
        private final String name;
        private String articleCode;
        private final Map<String, MaterialDraft> materials = new LinkedHashMap<>();

        ProductDraft(String name) {
            this.name = name;
        }

        ProductImport done() {
            return new ProductImport(
                    name,
                    articleCode,
                    materials.values().stream().map(MaterialDraft::done).toList());
        }
    }

    private static final class MaterialDraft {
        private final String name;
        private String commodityCode;
        private BigDecimal share;
        private BigDecimal volume;
        private BigDecimal spend;
        private final Set<Origin> origins = new LinkedHashSet<>();

        MaterialDraft(String name) {
            this.name = name;
        }

        void add(ImportRow row) {
            commodityCode = first(commodityCode, row.commodityCode());
            share = first(share, row.quantities().sharePercent());
            volume = first(volume, row.quantities().volumeKgPerYear());
            spend = first(spend, row.quantities().spendEur());
            origins.addAll(row.origins());
        }

        MaterialInput done() {
            return new MaterialInput(
                    name, commodityCode, new Quantities(share, volume, spend), new ArrayList<>(origins));
        }
    }
}
