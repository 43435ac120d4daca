package nl.ketenwijs.supplychain.mapping;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.supplychain.ChainChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's products, raw materials and origins. Every method names the company, and row-level security
 * checks it again: an id of another company's row behaves like an unknown id.
 */
@Repository
public class ChainStore {

    private static final String SELECT_MATERIALS = """
            SELECT m.id, m.product_id, m.name, m.commodity_code, m.share_percent, m.volume_kg_per_year, m.spend_eur,
                   coalesce(array_agg(o.country_iso3 ORDER BY o.country_iso3 NULLS LAST)
                            FILTER (WHERE o.id IS NOT NULL), '{}') AS origins
              FROM raw_material m
              LEFT JOIN material_origin o ON o.raw_material_id = m.id
             WHERE m.organisation_id = :organisation
            """;
    private static final String GROUP_MATERIALS = " GROUP BY m.id ORDER BY lower(m.name)";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ImportWriter importWriter;

    ChainStore(JdbcClient jdbc, ApplicationEventPublisher events, ImportWriter importWriter) {
        this.jdbc = jdbc;
        this.events = events;
        this.importWriter = importWriter;
    }

    @Transactional(readOnly = true)
    public List<Product> products(UUID organisation) {
        Map<UUID, List<RawMaterial>> materials = new HashMap<>();
        jdbc.sql(SELECT_MATERIALS + GROUP_MATERIALS)
                .param("organisation", organisation)
                .query(ChainStore::material)
                .list()
                .forEach(material -> materials
                        .computeIfAbsent(material.productId(), id -> new ArrayList<>())
                        .add(material));
        return jdbc.sql("SELECT id, name, article_code FROM product WHERE organisation_id = ? ORDER BY lower(name)")
                .param(organisation)
                .query((rs, n) -> product(rs, materials.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    @Transactional(readOnly = true)
    public Product product(UUID organisation, UUID productId) {
        List<RawMaterial> materials = jdbc.sql(SELECT_MATERIALS + " AND m.product_id = :product" + GROUP_MATERIALS)
                .param("organisation", organisation)
                .param("product", productId)
                .query(ChainStore::material)
                .list();
        return jdbc.sql("SELECT id, name, article_code FROM product WHERE organisation_id = ? AND id = ?")
                .params(organisation, productId)
                .query((rs, n) -> product(rs, materials))
                .optional()
                .orElseThrow(ChainItemNotFound::new);
    }

    @Transactional
    public UUID addProduct(UUID organisation, String name, String articleCode) {
        UUID id = UUID.randomUUID();
        unique(
                name,
                () -> jdbc.sql("INSERT INTO product (id, organisation_id, name, article_code) VALUES (?, ?, ?, ?)")
                        .params(id, organisation, name, articleCode)
                        .update());
        changed(organisation);
        return id;
    }

    @Transactional
    public void changeProduct(UUID organisation, UUID productId, String name, String articleCode) {
        found(unique(
                name,
                () -> jdbc.sql("""
                        UPDATE product SET name = ?, article_code = ?, updated_at = now()
                         WHERE organisation_id = ? AND id = ?
                        """)
                        .params(name, articleCode, organisation, productId)
                        .update()));
        changed(organisation);
    }

    /** With its raw materials and their origins. */
    @Transactional
    public void deleteProduct(UUID organisation, UUID productId) {
        found(jdbc.sql("DELETE FROM product WHERE organisation_id = ? AND id = ?")
                .params(organisation, productId)
                .update());
        changed(organisation);
    }

    @Transactional(readOnly = true)
    public RawMaterial material(UUID organisation, UUID materialId) {
        return jdbc.sql(SELECT_MATERIALS + " AND m.id = :material" + GROUP_MATERIALS)
                .param("organisation", organisation)
                .param("material", materialId)
                .query(ChainStore::material)
                .optional()
                .orElseThrow(ChainItemNotFound::new);
    }

    @Transactional
    public UUID addMaterial(UUID organisation, UUID productId, MaterialInput input) {
        touch(organisation, productId);
        UUID id = insertMaterial(organisation, productId, input);
        replaceOrigins(organisation, id, input.origins());
        changed(organisation);
        return id;
    }

    /**
     * Adds an import to the chain in the caller's transaction, with one {@link ChainChanged} for all of it. A
     * product or raw material that exists under the same name (in any case) is kept: its origins are added to,
     * its article code and numbers change only where the import gives one, and its classification only when
     * it has none: the import may have guessed a commodity from the name, and a guess must not overwrite what
     * a person chose.
     */
    @Transactional
    public void addImport(UUID organisation, List<ProductImport> products) {
        addImport(organisation, products, List.of());
    }

    /**
     * As {@link #addImport(UUID, List)}, with the suppliers the import names on the origins: a supplier the
     * company has (by name in any case) is linked, another is created with its name only; links are only
     * added, and a supplier already on an origin keeps its tier there.
     */
    @Transactional
    public void addImport(UUID organisation, List<ProductImport> products, List<SupplierLinkImport> suppliers) {
        importWriter.write(organisation, products, suppliers);
        changed(organisation);
    }

    private UUID insertMaterial(UUID organisation, UUID productId, MaterialInput input) {
        UUID id = UUID.randomUUID();
        unique(
                input.name(),
                () -> jdbc.sql("""
                        INSERT INTO raw_material (id, organisation_id, product_id, name, commodity_code,
                                                  share_percent, volume_kg_per_year, spend_eur)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                        .params(
                                id,
                                organisation,
                                productId,
                                input.name(),
                                input.commodityCode(),
                                input.quantities().sharePercent(),
                                input.quantities().volumeKgPerYear(),
                                input.quantities().spendEur())
                        .update());
        return id;
    }

    @Transactional
    public void changeMaterial(UUID organisation, UUID materialId, MaterialInput input) {
        RawMaterial before = material(organisation, materialId);
        touch(organisation, before.productId());
        unique(
                input.name(),
                () -> jdbc.sql("""
                        UPDATE raw_material
                           SET name = ?, commodity_code = ?, share_percent = ?, volume_kg_per_year = ?, spend_eur = ?
                         WHERE organisation_id = ? AND id = ?
                        """)
                        .params(
                                input.name(),
                                input.commodityCode(),
                                input.quantities().sharePercent(),
                                input.quantities().volumeKgPerYear(),
                                input.quantities().spendEur(),
                                organisation,
                                materialId)
                        .update());
        replaceOrigins(organisation, materialId, input.origins());
        changed(organisation);
    }

    /** @return the product it belonged to */
    @Transactional
    public UUID deleteMaterial(UUID organisation, UUID materialId) {
        RawMaterial before = material(organisation, materialId);
        touch(organisation, before.productId());
        jdbc.sql("DELETE FROM raw_material WHERE organisation_id = ? AND id = ?")
                .params(organisation, materialId)
                .update();
        changed(organisation);
        return before.productId();
    }

    /** Published in the changing transaction: the register re-evaluates once it has committed. */
    private void changed(UUID organisation) {
        events.publishEvent(new ChainChanged(organisation));
    }

    /** An origin that stays keeps its row, and so the suppliers linked to it; one that goes takes them along. */
    private void replaceOrigins(UUID organisation, UUID materialId, List<Origin> origins) {
        jdbc.sql("""
                        DELETE FROM material_origin o WHERE organisation_id = ? AND raw_material_id = ?
                           AND NOT EXISTS (SELECT 1 FROM unnest(?::text[]) AS kept(iso3)
                                            WHERE kept.iso3 IS NOT DISTINCT FROM o.country_iso3)
                        """)
                .params(
                        organisation,
                        materialId,
                        origins.stream().map(Origin::iso3).toArray(String[]::new))
                .update();
        addOrigins(organisation, materialId, origins);
    }

    private void addOrigins(UUID organisation, UUID materialId, List<Origin> origins) {
        for (Origin origin : origins) {
            jdbc.sql("""
                            INSERT INTO material_origin (id, organisation_id, raw_material_id, country_iso3)
                            VALUES (?, ?, ?, ?)
                            ON CONFLICT (raw_material_id, country_iso3) DO NOTHING
                            """)
                    .params(UUID.randomUUID(), organisation, materialId, origin.iso3())
                    .update();
        }
    }

    /** The product exists for this company, and it now shows as changed. */
    private void touch(UUID organisation, UUID productId) {
        found(jdbc.sql("UPDATE product SET updated_at = now() WHERE organisation_id = ? AND id = ?")
                .params(organisation, productId)
                .update());
    }

    static void found(int rows) {
        if (rows == 0) {
            throw new ChainItemNotFound();
        }
    }

    static int unique(String name, java.util.function.IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (DuplicateKeyException e) {
            throw new NameTaken(name);
        }
    }

    private static Product product(ResultSet rs, List<RawMaterial> materials) throws SQLException {
        return new Product(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("article_code"), materials);
    }

    private static RawMaterial material(ResultSet rs, int row) throws SQLException {
        List<Origin> origins = new ArrayList<>();
        for (Object iso3 : (Object[]) rs.getArray("origins").getArray()) {
            origins.add(new Origin((String) iso3));
        }
        return new RawMaterial(
                rs.getObject("id", UUID.class),
                rs.getObject("product_id", UUID.class),
                rs.getString("name"),
                rs.getString("commodity_code"),
                new Quantities(
                        decimal(rs, "share_percent"), decimal(rs, "volume_kg_per_year"), decimal(rs, "spend_eur")),
                origins);
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }
}
