package nl.ketenwijs.supplychain.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an import with one statement per table (five at most), however many rows it has: a supermarket's
 * assortment of 100,000 lines would otherwise cost hundreds of thousands of round trips. Each statement
 * finds what exists by name in any case (the unique indexes on {@code lower(name)}), so the rules of
 * {@link ChainStore#addImport} hold row by row without a look-up per row.
 */
@Component
class ImportWriter {

    private final JdbcClient jdbc;

    ImportWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(UUID organisation, List<ProductImport> products, List<SupplierLinkImport> suppliers) {
        Columns columns = new Columns(products);
        // The DISTINCT ON of 100,000 origins sorts several megabytes: on disk with the default work_mem. Only
        // for this transaction, whose statements are the import's own.
        jdbc.sql("SELECT set_config('work_mem', '64MB', true)").query().singleValue();
        jdbc.sql("""
                        INSERT INTO product AS p (id, organisation_id, name, article_code)
                        SELECT DISTINCT ON (lower(i.name)) gen_random_uuid(), :organisation, i.name, i.code
                          FROM unnest(:name::text[], :code::text[]) AS i(name, code)
                        ON CONFLICT (organisation_id, lower(name)) DO UPDATE
                           SET article_code = coalesce(EXCLUDED.article_code, p.article_code), updated_at = now()
                        """)
                .param("organisation", organisation)
                .param("name", columns.productName.toArray(String[]::new))
                .param("code", columns.articleCode.toArray(String[]::new))
                .update();
        jdbc.sql("""
                        INSERT INTO raw_material AS m (id, organisation_id, product_id, name, commodity_code,
                                                       share_percent, volume_kg_per_year, spend_eur)
                        SELECT DISTINCT ON (p.id, lower(i.name)) gen_random_uuid(), :organisation, p.id, i.name,
                               i.commodity, i.share, i.volume, i.spend
                          FROM unnest(:product::text[], :name::text[], :commodity::text[], :share::numeric[],
                                      :volume::numeric[], :spend::numeric[])
                               AS i(product, name, commodity, share, volume, spend)
                          JOIN product p ON p.organisation_id = :organisation AND lower(p.name) = lower(i.product)
                        ON CONFLICT (product_id, lower(name)) DO UPDATE
                           SET commodity_code = coalesce(m.commodity_code, EXCLUDED.commodity_code),
                               share_percent = coalesce(EXCLUDED.share_percent, m.share_percent),
                               volume_kg_per_year = coalesce(EXCLUDED.volume_kg_per_year, m.volume_kg_per_year),
                               spend_eur = coalesce(EXCLUDED.spend_eur, m.spend_eur)
                        """)
                .param("organisation", organisation)
                .param("product", columns.materialProduct.toArray(String[]::new))
                .param("name", columns.materialName.toArray(String[]::new))
                .param("commodity", columns.commodity.toArray(String[]::new))
                .param("share", columns.share.toArray(String[]::new))
                .param("volume", columns.volume.toArray(String[]::new))
                .param("spend", columns.spend.toArray(String[]::new))
                .update();
        jdbc.sql("""
                        INSERT INTO material_origin (id, organisation_id, raw_material_id, country_iso3)
                        SELECT gen_random_uuid(), :organisation, m.id, i.country
                          FROM unnest(:product::text[], :material::text[], :country::text[])
                               AS i(product, material, country)
                          JOIN product p ON p.organisation_id = :organisation AND lower(p.name) = lower(i.product)
                          JOIN raw_material m ON m.product_id = p.id AND lower(m.name) = lower(i.material)
                        ON CONFLICT (raw_material_id, country_iso3) DO NOTHING
                        """)
                .param("organisation", organisation)
                .param("product", columns.originProduct.toArray(String[]::new))
                .param("material", columns.originMaterial.toArray(String[]::new))
                .param("country", columns.country.toArray(String[]::new))
                .update();
        if (!suppliers.isEmpty()) {
            writeSuppliers(organisation, suppliers);
        }
    }

    /**
     * A supplier named for the first time is created with its name as first written and kind "other"; then
     * each named origin gets its suppliers at the lowest tier named, unless they stand there already.
     */
    private void writeSuppliers(UUID organisation, List<SupplierLinkImport> links) {
        String[] names = links.stream().map(SupplierLinkImport::supplier).toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO supplier (id, organisation_id, name, kind)
                        SELECT DISTINCT ON (lower(i.name)) gen_random_uuid(), :organisation, i.name, 'other'
                          FROM unnest(:name::text[]) WITH ORDINALITY AS i(name, at)
                         ORDER BY lower(i.name), i.at
                        ON CONFLICT (organisation_id, lower(name)) DO NOTHING
                        """).param("organisation", organisation).param("name", names).update();
        jdbc.sql("""
                        INSERT INTO origin_supplier (id, organisation_id, material_origin_id, supplier_id, tier)
                        SELECT DISTINCT ON (o.id, s.id) gen_random_uuid(), :organisation, o.id, s.id, i.tier
                          FROM unnest(:product::text[], :material::text[], :country::text[], :supplier::text[],
                                      :tier::smallint[]) AS i(product, material, country, supplier, tier)
                          JOIN product p ON p.organisation_id = :organisation AND lower(p.name) = lower(i.product)
                          JOIN raw_material m ON m.product_id = p.id AND lower(m.name) = lower(i.material)
                          JOIN material_origin o ON o.raw_material_id = m.id
                                                AND o.country_iso3 IS NOT DISTINCT FROM i.country
                          JOIN supplier s ON s.organisation_id = :organisation AND lower(s.name) = lower(i.supplier)
                         ORDER BY o.id, s.id, i.tier
                        ON CONFLICT (material_origin_id, supplier_id) DO NOTHING
                        """)
                .param("organisation", organisation)
                .param(
                        "product",
                        links.stream().map(SupplierLinkImport::product).toArray(String[]::new))
                .param(
                        "material",
                        links.stream().map(SupplierLinkImport::material).toArray(String[]::new))
                .param(
                        "country",
                        links.stream().map(SupplierLinkImport::countryIso3).toArray(String[]::new))
                .param("supplier", names)
                .param(
                        "tier",
                        links.stream()
                                .map(link -> Integer.toString(link.tier()))
                                .toArray(String[]::new))
                .update();
    }

    /** The import as one array per column and table, as {@code unnest} reads it; an unknown is null. */
    private static final class Columns {
        final List<String> productName = new ArrayList<>();
        final List<String> articleCode = new ArrayList<>();
        final List<String> materialProduct = new ArrayList<>();
        final List<String> materialName = new ArrayList<>();
        final List<String> commodity = new ArrayList<>();
        final List<String> share = new ArrayList<>();
        final List<String> volume = new ArrayList<>();
        final List<String> spend = new ArrayList<>();
        final List<String> originProduct = new ArrayList<>();
        final List<String> originMaterial = new ArrayList<>();
        final List<String> country = new ArrayList<>();

        Columns(List<ProductImport> products) {
            for (ProductImport product : products) {
                productName.add(product.name());
                articleCode.add(product.articleCode());
                for (MaterialInput material : product.materials()) {
                    materialProduct.add(product.name());
                    materialName.add(material.name());
                    commodity.add(material.commodityCode());
                    share.add(plain(material.quantities().sharePercent()));
                    volume.add(plain(material.quantities().volumeKgPerYear()));
                    spend.add(plain(material.quantities().spendEur()));
                    for (Origin origin : material.origins()) {
                        originProduct.add(product.name());
                        originMaterial.add(material.name());
                        country.add(origin.iso3());
                    }
                }
            }
        }

        private static String plain(BigDecimal number) {
            return number == null ? null : number.toPlainString();
        }
    }
}
