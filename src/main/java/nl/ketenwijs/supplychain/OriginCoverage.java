package nl.ketenwijs.supplychain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much of a company's chain has a known origin, in numbers: its raw materials, and those with at least
 * one known country of origin. Read as the company; what the caller does with the counts is its own
 * decision (the company's self-assessment shows them as evidence).
 */
@Service
public class OriginCoverage {

    public record Coverage(int materials, int withKnownOrigin) {}

    private final JdbcClient jdbc;

    OriginCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Coverage of(UUID company) {
        return jdbc.sql("""
                        SELECT count(*) AS materials,
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM material_origin o
                                                               WHERE o.raw_material_id = m.id
                                                                 AND o.country_iso3 IS NOT NULL)) AS with_known_origin
                          FROM raw_material m WHERE m.organisation_id = ?
                        """).param(company).query(Coverage.class).single();
    }
}
