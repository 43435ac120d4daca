package nl.ketenwijs.supplychain;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of a company's chain: the distinct (commodity, country) pairs it sources and
 * the gaps in it. Read as that company: row-level security admits no other.
 */
@Service
public class CompanyChains {

    private final JdbcClient jdbc;

    CompanyChains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Classified raw materials from known countries, one pair per commodity and country, with what its
     * suppliers say (the rule is {@link SupplyEvidence}'s).
     */
    @Transactional(readOnly = true)
    public List<SourcingPair> pairs(UUID organisation) {
        Map<List<String>, SupplyEvidence> evidence = supplyEvidence(organisation);
        return jdbc.sql("""
                        SELECT m.commodity_code, o.country_iso3,
                               array_agg(DISTINCT p.name ORDER BY p.name) AS products,
                               sum(m.volume_kg_per_year) AS volume, sum(m.spend_eur) AS spend
                          FROM material_origin o
                          JOIN raw_material m ON m.id = o.raw_material_id
                          JOIN product p ON p.id = m.product_id
                         WHERE o.organisation_id = ? AND o.country_iso3 IS NOT NULL AND m.commodity_code IS NOT NULL
                         GROUP BY m.commodity_code, o.country_iso3
                         ORDER BY m.commodity_code, o.country_iso3
                        """)
                .param(organisation)
                .query((rs, n) -> {
                    // An origin committed between the two reads has no evidence yet: it counts as one without
                    // suppliers, and the change that added it re-evaluates the register again.
                    SupplyEvidence supply = evidence.getOrDefault(
                            List.of(rs.getString("commodity_code"), rs.getString("country_iso3")),
                            SupplyEvidence.of(List.of()));
                    return new SourcingPair(
                            rs.getString("commodity_code"),
                            rs.getString("country_iso3"),
                            texts(rs.getArray("products")),
                            rs.getBigDecimal("volume"),
                            rs.getBigDecimal("spend"),
                            supply.certifications(),
                            supply.hasSuppliers(),
                            supply.auditFailed());
                })
                .list();
    }

    /** Per (commodity, country): every origin of the pair with each supplier on it, or once without. */
    private Map<List<String>, SupplyEvidence> supplyEvidence(UUID organisation) {
        Map<List<String>, List<SupplyEvidence.Link>> links = new HashMap<>();
        jdbc.sql("""
                        SELECT m.commodity_code, o.country_iso3, o.id AS origin, l.tier, s.certifications,
                               coalesce(s.audit_result = 'failed', false) AS audit_failed
                          FROM material_origin o
                          JOIN raw_material m ON m.id = o.raw_material_id
                          LEFT JOIN origin_supplier l ON l.material_origin_id = o.id
                          LEFT JOIN supplier s ON s.id = l.supplier_id
                         WHERE o.organisation_id = ? AND o.country_iso3 IS NOT NULL AND m.commodity_code IS NOT NULL
                        """)
                .param(organisation)
                .query((rs, n) -> links.computeIfAbsent(
                                List.of(rs.getString("commodity_code"), rs.getString("country_iso3")),
                                key -> new ArrayList<>())
                        .add(new SupplyEvidence.Link(
                                rs.getObject("origin", UUID.class),
                                (Integer) rs.getObject("tier"),
                                certifications(rs.getArray("certifications")),
                                rs.getBoolean("audit_failed"))))
                .list();
        Map<List<String>, SupplyEvidence> evidence = new HashMap<>();
        links.forEach((pair, onPair) -> evidence.put(pair, SupplyEvidence.of(onPair)));
        return evidence;
    }

    private static Set<Certification> certifications(Array codes) throws SQLException {
        Set<Certification> held = EnumSet.noneOf(Certification.class);
        if (codes != null) {
            texts(codes).forEach(code -> Certification.byCode(code).ifPresent(held::add));
        }
        return held;
    }

    /** The names of the company's products in alphabetical order, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<String> productNames(UUID organisation, int limit) {
        return jdbc.sql("SELECT name FROM product WHERE organisation_id = ? ORDER BY lower(name) LIMIT ?")
                .params(organisation, limit)
                .query(String.class)
                .list();
    }

    /**
     * Unclassified raw materials, and raw materials with an unknown origin. Every table is read for this
     * company only, through its own index: asked per raw material, PostgreSQL may read every company's
     * origins instead.
     */
    @Transactional(readOnly = true)
    public List<ChainGap> gaps(UUID organisation) {
        return jdbc.sql("""
                        WITH origins AS (
                            SELECT raw_material_id, bool_or(country_iso3 IS NULL) AS unknown
                              FROM material_origin WHERE organisation_id = :organisation
                             GROUP BY raw_material_id
                        )
                        SELECT m.id, p.name AS product, m.name AS material, m.commodity_code,
                               CASE WHEN m.commodity_code IS NULL THEN 'UNCLASSIFIED' ELSE 'UNKNOWN_ORIGIN' END AS kind
                          FROM raw_material m
                          JOIN product p ON p.id = m.product_id AND p.organisation_id = :organisation
                          LEFT JOIN origins o ON o.raw_material_id = m.id
                         WHERE m.organisation_id = :organisation
                           AND (m.commodity_code IS NULL OR o.raw_material_id IS NULL OR o.unknown)
                         ORDER BY kind, lower(p.name), lower(m.name)
                        """)
                .param("organisation", organisation)
                .query((rs, n) -> new ChainGap(
                        ChainGap.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("id", UUID.class),
                        rs.getString("product"),
                        rs.getString("material"),
                        rs.getString("commodity_code")))
                .list();
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(String.class::cast)
                .toList();
    }
}
