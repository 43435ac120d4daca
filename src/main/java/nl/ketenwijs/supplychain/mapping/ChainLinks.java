package nl.ketenwijs.supplychain.mapping;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's chain as a stream of links, for exports. PostgreSQL sends a result in batches of
 * {@link #FETCH_SIZE} rows only with a fetch size inside a transaction, so a chain of any size is written as
 * it is read instead of being held whole. Row-level security admits the company's rows only.
 */
@Repository
public class ChainLinks {

    static final int FETCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;

    ChainLinks(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /**
     * Every (product, raw material, origin) of the company, in product, raw material and country order. A
     * product without raw materials comes once, without a material. Each link carries its origin's suppliers,
     * gathered per origin through the unique (origin, supplier) index.
     */
    @Transactional(readOnly = true)
    public void each(UUID organisation, Consumer<ChainLink> sink) {
        jdbc.query("""
                SELECT p.name AS product, p.article_code, m.name AS material, m.commodity_code, o.country_iso3,
                       m.share_percent, m.volume_kg_per_year, m.spend_eur, s.names AS supplier_names,
                       s.tiers AS supplier_tiers
                  FROM product p
                  LEFT JOIN raw_material m ON m.product_id = p.id
                  LEFT JOIN material_origin o ON o.raw_material_id = m.id
                  LEFT JOIN LATERAL (
                       SELECT array_agg(s.name ORDER BY l.tier, lower(s.name)) AS names,
                              array_agg(l.tier ORDER BY l.tier, lower(s.name)) AS tiers
                         FROM origin_supplier l JOIN supplier s ON s.id = l.supplier_id
                        WHERE l.material_origin_id = o.id) s ON true
                 WHERE p.organisation_id = ?
                 ORDER BY lower(p.name), p.id, lower(m.name), m.id, o.country_iso3 NULLS LAST
                """, (RowCallbackHandler) rs -> sink.accept(link(rs)), organisation);
    }

    private static ChainLink link(ResultSet rs) throws SQLException {
        return new ChainLink(
                rs.getString("product"),
                rs.getString("article_code"),
                rs.getString("material"),
                rs.getString("commodity_code"),
                rs.getString("country_iso3"),
                new Quantities(
                        DecimalText.plain(rs.getBigDecimal("share_percent")),
                        DecimalText.plain(rs.getBigDecimal("volume_kg_per_year")),
                        DecimalText.plain(rs.getBigDecimal("spend_eur"))),
                suppliers(rs.getArray("supplier_names"), rs.getArray("supplier_tiers")));
    }

    private static List<TieredName> suppliers(Array names, Array tiers) throws SQLException {
        if (names == null) {
            return List.of();
        }
        Object[] name = (Object[]) names.getArray();
        Object[] tier = (Object[]) tiers.getArray();
        List<TieredName> suppliers = new ArrayList<>(name.length);
        for (int i = 0; i < name.length; i++) {
            suppliers.add(new TieredName((String) name[i], ((Number) tier[i]).intValue()));
        }
        return suppliers;
    }
}
