package nl.ketenwijs.supplychain.mapping;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.ChainChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A company's suppliers and where on its chain they stand. Like {@link ChainStore}: every method names the
 * company, row-level security checks it again, another company's id behaves like an unknown one, and every
 * change announces {@link ChainChanged} so the register is evaluated again.
 */
@Repository
public class SupplierStore {

    private static final String SELECT_SUPPLIERS = """
            SELECT id, name, kind, country_iso3, place, address, certifications,
                   audit_date, audit_scheme, audit_result, audit_note
              FROM supplier WHERE organisation_id = :organisation
            """;
    private static final String SELECT_ORIGINS = """
            SELECT o.id AS origin, o.raw_material_id, o.country_iso3, l.id AS link, l.tier,
                   s.id AS supplier, s.name, s.kind, s.certifications, s.audit_result
              FROM material_origin o
              LEFT JOIN origin_supplier l ON l.material_origin_id = o.id
              LEFT JOIN supplier s ON s.id = l.supplier_id
             WHERE o.organisation_id = :organisation
            """;
    private static final String ORDER_ORIGINS = " ORDER BY o.country_iso3 NULLS LAST, o.id, l.tier, lower(s.name)";

    /** Tier 1 is the direct supplier; five tiers reach the farm in every chain we know. */
    public static final int MAX_TIER = 5;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SupplierStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Supplier> suppliers(UUID organisation) {
        Map<UUID, List<Supplier.Supplies>> supplies = new HashMap<>();
        jdbc.sql("""
                        SELECT l.id, l.supplier_id, m.id AS material, p.name AS product, m.name AS material_name,
                               o.country_iso3, l.tier
                          FROM origin_supplier l
                          JOIN material_origin o ON o.id = l.material_origin_id
                          JOIN raw_material m ON m.id = o.raw_material_id
                          JOIN product p ON p.id = m.product_id
                         WHERE l.organisation_id = ?
                         ORDER BY lower(p.name), lower(m.name), o.country_iso3 NULLS LAST, l.tier
                        """)
                .param(organisation)
                .query((rs, n) -> supplies.computeIfAbsent(
                                rs.getObject("supplier_id", UUID.class), id -> new ArrayList<>())
                        .add(new Supplier.Supplies(
                                rs.getObject("id", UUID.class),
                                rs.getObject("material", UUID.class),
                                rs.getString("product"),
                                rs.getString("material_name"),
                                rs.getString("country_iso3"),
                                rs.getInt("tier"))))
                .list();
        return jdbc.sql(SELECT_SUPPLIERS + " ORDER BY lower(name)")
                .param("organisation", organisation)
                .query((rs, n) -> supplier(rs, supplies.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    @Transactional(readOnly = true)
    public Supplier supplier(UUID organisation, UUID supplierId) {
        return suppliers(organisation).stream()
                .filter(supplier -> supplier.id().equals(supplierId))
                .findFirst()
                .orElseThrow(ChainItemNotFound::new);
    }

    @Transactional
    public UUID addSupplier(UUID organisation, SupplierInput input) {
        UUID id = UUID.randomUUID();
        ChainStore.unique(
                input.name(),
                () -> jdbc.sql("""
                        INSERT INTO supplier (id, organisation_id, name, kind, country_iso3, place, address,
                                              certifications, audit_date, audit_scheme, audit_result, audit_note)
                        VALUES (:id, :organisation, :name, :kind, :country, :place, :address, :certifications::text[],
                                :auditDate, :auditScheme, :auditResult, :auditNote)
                        """)
                        .param("id", id)
                        .param("organisation", organisation)
                        .params(fields(input))
                        .update());
        changed(organisation);
        return id;
    }

    @Transactional
    public void changeSupplier(UUID organisation, UUID supplierId, SupplierInput input) {
        ChainStore.found(ChainStore.unique(
                input.name(),
                () -> jdbc.sql("""
                        UPDATE supplier
                           SET name = :name, kind = :kind, country_iso3 = :country, place = :place,
                               address = :address, certifications = :certifications::text[],
                               audit_date = :auditDate, audit_scheme = :auditScheme, audit_result = :auditResult,
                               audit_note = :auditNote, updated_at = now()
                         WHERE organisation_id = :organisation AND id = :id
                        """)
                        .param("id", supplierId)
                        .param("organisation", organisation)
                        .params(fields(input))
                        .update()));
        changed(organisation);
    }

    /** With its places on the chain. */
    @Transactional
    public void deleteSupplier(UUID organisation, UUID supplierId) {
        ChainStore.found(jdbc.sql("DELETE FROM supplier WHERE organisation_id = ? AND id = ?")
                .params(organisation, supplierId)
                .update());
        changed(organisation);
    }

    /** The origins of one raw material, each with its suppliers. */
    @Transactional(readOnly = true)
    public List<OriginSuppliers> origins(UUID organisation, UUID materialId) {
        return List.copyOf(origins(organisation, " AND o.raw_material_id = :material", materialId)
                .values());
    }

    /** Every origin of the company's chain with its suppliers, by {@link #key(UUID, String)}. */
    @Transactional(readOnly = true)
    public Map<String, List<OriginSuppliers.Linked>> suppliersByOrigin(UUID organisation) {
        Map<String, List<OriginSuppliers.Linked>> byKey = new HashMap<>();
        origins(organisation, "", null)
                .values()
                .forEach(origin -> byKey.put(key(origin.materialId(), origin.countryIso3()), origin.suppliers()));
        return byKey;
    }

    /** How a page finds an origin's suppliers: the raw material and the country, "?" when unknown. */
    public static String key(UUID materialId, String countryIso3) {
        return materialId + ":" + (countryIso3 == null ? "?" : countryIso3);
    }

    /**
     * The supplier stands on the origin at this tier; linked already, it moves to this tier.
     *
     * @return the raw material of the origin
     */
    @Transactional
    public UUID link(UUID organisation, UUID originId, UUID supplierId, int tier) {
        UUID materialId = jdbc.sql("SELECT raw_material_id FROM material_origin WHERE organisation_id = ? AND id = ?")
                .params(organisation, originId)
                .query(UUID.class)
                .optional()
                .orElseThrow(ChainItemNotFound::new);
        if (tier < 1 || tier > MAX_TIER) {
            throw new TierOutOfRange();
        }
        ChainStore.found(jdbc.sql("""
                        INSERT INTO origin_supplier (id, organisation_id, material_origin_id, supplier_id, tier)
                        SELECT ?, organisation_id, ?, id, ? FROM supplier WHERE organisation_id = ? AND id = ?
                        ON CONFLICT (material_origin_id, supplier_id) DO UPDATE SET tier = EXCLUDED.tier
                        """)
                .params(UUID.randomUUID(), originId, tier, organisation, supplierId)
                .update());
        changed(organisation);
        return materialId;
    }

    /** @return the raw material the link was on */
    @Transactional
    public UUID unlink(UUID organisation, UUID linkId) {
        UUID materialId = jdbc.sql("""
                        DELETE FROM origin_supplier l USING material_origin o
                         WHERE l.organisation_id = ? AND l.id = ? AND o.id = l.material_origin_id
                        RETURNING o.raw_material_id
                        """)
                .params(organisation, linkId)
                .query(UUID.class)
                .optional()
                .orElseThrow(ChainItemNotFound::new);
        changed(organisation);
        return materialId;
    }

    /** The names of the company's suppliers in lower case, as an import compares them. */
    @Transactional(readOnly = true)
    public Set<String> lowerCaseNames(UUID organisation) {
        return jdbc
                .sql("SELECT name FROM supplier WHERE organisation_id = ?")
                .param(organisation)
                .query(String.class)
                .stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** Whether the company has recorded any supplier: demo data is added only to a company that has none. */
    @Transactional(readOnly = true)
    public boolean hasSuppliers(UUID organisation) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM supplier WHERE organisation_id = ?)")
                .param(organisation)
                .query(Boolean.class)
                .single();
    }

    private Map<UUID, OriginSuppliers> origins(UUID organisation, String filter, UUID materialId) {
        Map<UUID, OriginSuppliers> origins = new LinkedHashMap<>();
        Map<UUID, List<OriginSuppliers.Linked>> linked = new HashMap<>();
        var query = jdbc.sql(SELECT_ORIGINS + filter + ORDER_ORIGINS).param("organisation", organisation);
        if (materialId != null) {
            query = query.param("material", materialId);
        }
        query.query((rs, n) -> {
                    UUID origin = rs.getObject("origin", UUID.class);
                    List<OriginSuppliers.Linked> suppliers = linked.computeIfAbsent(origin, id -> new ArrayList<>());
                    if (rs.getObject("link") != null) {
                        suppliers.add(new OriginSuppliers.Linked(
                                rs.getObject("link", UUID.class),
                                rs.getObject("supplier", UUID.class),
                                rs.getString("name"),
                                SupplierKind.ofCode(rs.getString("kind")),
                                rs.getInt("tier"),
                                certifications(rs.getArray("certifications")),
                                AuditResult.ofCode(rs.getString("audit_result"))));
                    }
                    return origins.putIfAbsent(
                            origin,
                            new OriginSuppliers(
                                    origin,
                                    rs.getObject("raw_material_id", UUID.class),
                                    rs.getString("country_iso3"),
                                    List.of()));
                })
                .list();
        origins.replaceAll(
                (id, origin) -> new OriginSuppliers(id, origin.materialId(), origin.countryIso3(), linked.get(id)));
        return origins;
    }

    private static Map<String, Object> fields(SupplierInput input) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", input.name());
        fields.put("kind", input.kind().code());
        fields.put("country", input.countryIso3());
        fields.put("place", input.place());
        fields.put("address", input.address());
        fields.put(
                "certifications",
                input.certifications().stream().map(Certification::code).toArray(String[]::new));
        Audit audit = input.audit();
        fields.put("auditDate", audit == null ? null : audit.date());
        fields.put("auditScheme", audit == null ? null : audit.scheme());
        fields.put("auditResult", audit == null ? null : audit.result().code());
        fields.put("auditNote", audit == null ? null : audit.note());
        return fields;
    }

    /** Only a tampered form sends another tier than the list offers. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public static class TierOutOfRange extends RuntimeException {
        TierOutOfRange() {
            super("A tier is 1 to " + MAX_TIER);
        }
    }

    private void changed(UUID organisation) {
        events.publishEvent(new ChainChanged(organisation));
    }

    private static Supplier supplier(ResultSet rs, List<Supplier.Supplies> supplies) throws SQLException {
        LocalDate auditDate = rs.getObject("audit_date", LocalDate.class);
        Audit audit = auditDate == null
                ? null
                : new Audit(
                        auditDate,
                        rs.getString("audit_scheme"),
                        AuditResult.ofCode(rs.getString("audit_result")),
                        rs.getString("audit_note"));
        return new Supplier(
                rs.getObject("id", UUID.class),
                new SupplierInput(
                        rs.getString("name"),
                        SupplierKind.ofCode(rs.getString("kind")),
                        rs.getString("country_iso3"),
                        rs.getString("place"),
                        rs.getString("address"),
                        certifications(rs.getArray("certifications")),
                        audit),
                supplies);
    }

    private static List<Certification> certifications(Array codes) throws SQLException {
        if (codes == null) {
            return List.of();
        }
        List<Certification> held = new ArrayList<>();
        for (Object code : (Object[]) codes.getArray()) {
            Certification.byCode((String) code).ifPresent(held::add);
        }
        return held;
    }
}
