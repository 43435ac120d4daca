package nl.ketenwijs.supplychain;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same supplier facility in several companies' chains. A facility is a supplier's name folded by the
 * database function {@code kw_facility_key} (case, punctuation, spaces), in the same country; a supplier
 * without a country is not a located facility. Across the sector only counts and one spelling of the name
 * leave the database, never which companies named it.
 */
@Service
public class SharedFacilities {

    /** A company's own located supplier, with the key it is matched by. */
    public record Facility(UUID supplierId, String name, String countryIso3, String key) {}

    /** A facility that {@code companies} companies name. */
    public record Group(String key, String countryIso3, String name, int companies) {}

    private final JdbcClient jdbc;

    SharedFacilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Facility> of(UUID company) {
        return jdbc.sql("""
                        SELECT id, name, country_iso3, kw_facility_key(name) FROM supplier
                         WHERE organisation_id = ? AND country_iso3 IS NOT NULL ORDER BY lower(name)
                        """)
                .param(company)
                .query((rs, n) ->
                        new Facility(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Every facility that at least {@code minimum} companies name, largest groups first. */
    @Transactional
    public List<Group> sectorGroups(int minimum) {
        return jdbc.sql("""
                        SELECT facility_key, country_iso3, name, companies FROM kw_shared_facility_groups(?)
                         ORDER BY companies DESC, facility_key, country_iso3
                        """)
                .param(minimum)
                .query((rs, n) -> new Group(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }
}
