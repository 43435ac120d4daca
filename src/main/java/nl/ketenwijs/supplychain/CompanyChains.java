package nl.ketenwijs.supplychain;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
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
     * suppliers say (the rule is the {@code sourcing_pair} view's).
     */
    @Transactional(readOnly = true)
    public List<SourcingPair> pairs(UUID organisation) {
        return jdbc.sql("""
                        SELECT commodity_code, country_iso3, products, volume_kg_per_year, spend_eur, certifications,
                               has_suppliers, audit_failed
                          FROM sourcing_pair
                         WHERE organisation_id = ?
                         ORDER BY commodity_code, country_iso3
                        """)
                .param(organisation)
                .query((rs, n) -> new SourcingPair(
                        rs.getString("commodity_code"),
                        rs.getString("country_iso3"),
                        texts(rs.getArray("products")),
                        rs.getBigDecimal("volume_kg_per_year"),
                        rs.getBigDecimal("spend_eur"),
                        texts(rs.getArray("certifications")).stream()
                                .flatMap(code -> Certification.byCode(code).stream())
                                .toList(),
                        rs.getBoolean("has_suppliers"),
                        rs.getBoolean("audit_failed")))
                .list();
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
     * origins instead. Planned for this company each time: a plan kept for any company guesses the tables'
     * company filters independent and few, and joins a large company's materials to its origins row by row
     * (seconds instead of milliseconds, seen with 5,000 raw materials). A gap's product name is looked up for the
     * gaps only (a hundred of 5,000 materials), instead of joining every product of the company to them.
     */
    @Transactional(readOnly = true)
    public List<ChainGap> gaps(UUID organisation) {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        return jdbc.sql("""
                        WITH origins AS (
                            SELECT raw_material_id, bool_or(country_iso3 IS NULL) AS unknown
                              FROM material_origin WHERE organisation_id = :organisation
                             GROUP BY raw_material_id
                        ), gap AS (
                            SELECT m.id, m.product_id, m.name AS material, m.commodity_code,
                                   CASE WHEN m.commodity_code IS NULL THEN 'UNCLASSIFIED'
                                        ELSE 'UNKNOWN_ORIGIN' END AS kind
                              FROM raw_material m
                              LEFT JOIN origins o ON o.raw_material_id = m.id
                             WHERE m.organisation_id = :organisation
                               AND (m.commodity_code IS NULL OR o.raw_material_id IS NULL OR o.unknown)
                        )
                        SELECT * FROM (
                            SELECT gap.*, (SELECT p.name FROM product p
                                            WHERE p.id = gap.product_id AND p.organisation_id = :organisation) AS product
                              FROM gap) named
                         ORDER BY kind, lower(product), lower(material)
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
