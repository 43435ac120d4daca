package nl.ketenwijs.riskanalysis;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskknowledge.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risks companies have prioritised: those they confirmed or adjusted, and those with a high or very high
 * inherent level they have not dismissed (the database view {@code prioritised_risk} holds the one
 * definition). A company reads its own; across the sector only counts and, for an invitation, ids leave
 * the database, through functions that open no register to the caller.
 */
@Service
public class PrioritisedRisks {

    /** A risk that {@code companies} companies prioritise. */
    public record Group(EntryKey key, int companies) {}

    private final JdbcClient jdbc;

    PrioritisedRisks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's own prioritised risks, in a stable order. */
    @Transactional(readOnly = true)
    public List<EntryKey> of(UUID company) {
        return jdbc.sql("""
                        SELECT commodity_code, country_iso3, theme FROM prioritised_risk
                         WHERE organisation_id = ? ORDER BY theme, commodity_code, country_iso3
                        """)
                .param(company)
                .query((rs, n) -> key(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Every risk that at least {@code minimum} companies prioritise, largest groups first. */
    @Transactional
    public List<Group> sectorGroups(int minimum) {
        return jdbc.sql("""
                        SELECT commodity_code, country_iso3, theme, companies FROM kw_prioritised_risk_groups(?)
                         ORDER BY companies DESC, commodity_code, country_iso3, theme
                        """)
                .param(minimum)
                .query((rs, n) -> new Group(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getInt(4)))
                .list();
    }

    /** The companies that prioritise this risk, for an invitation that names none of them to the others. */
    @Transactional
    public List<UUID> companiesPrioritising(EntryKey key) {
        UUID[] found = jdbc.sql("SELECT kw_companies_prioritising(?, ?, ?)")
                .params(key.commodityCode(), key.countryIso3(), key.theme().code())
                .query((rs, n) -> (UUID[]) rs.getArray(1).getArray())
                .single();
        return List.of(found);
    }

    private static EntryKey key(String commodity, String country, String theme) {
        return new EntryKey(commodity, country, Theme.byCode(theme).orElseThrow());
    }
}
