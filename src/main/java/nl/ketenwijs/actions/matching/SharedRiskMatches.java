package nl.ketenwijs.actions.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.riskanalysis.PrioritisedRisks;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.SharedFacilities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a company learns of the others that share its risks and facilities: how many there are, from the
 * last count, and only from {@value SharedRiskCount#MINIMUM_GROUP} on; who they are only where they opted in
 * to be visible for that risk. The secretariat sees every group of that size.
 */
@Service
public class SharedRiskMatches {

    /**
     * One of the company's prioritised risks.
     *
     * @param others how many other companies prioritise it; null when fewer than the minimum (or none)
     * @param visibleCompanies the names of those others that opted in to be visible for it
     * @param visible whether the company itself opted in
     */
    public record RiskMatch(EntryKey key, Integer others, List<String> visibleCompanies, boolean visible) {

        public boolean isShared() {
            return others != null || !visibleCompanies.isEmpty();
        }
    }

    /** One of the company's located suppliers and how many other companies name the same facility. */
    public record FacilityMatch(SharedFacilities.Facility facility, int others) {}

    /** A risk shared across the sector, for the secretariat. */
    public record SectorRisk(EntryKey key, int companies) {}

    /** A facility shared across the sector, for the secretariat. */
    public record SectorFacility(String name, String countryIso3, int companies) {}

    private final JdbcClient jdbc;
    private final PrioritisedRisks risks;
    private final SharedFacilities facilities;

    SharedRiskMatches(JdbcClient jdbc, PrioritisedRisks risks, SharedFacilities facilities) {
        this.jdbc = jdbc;
        this.risks = risks;
        this.facilities = facilities;
    }

    /** Every prioritised risk of the company, the most widely shared first. */
    @Transactional
    public List<RiskMatch> risks(UUID company) {
        List<EntryKey> own = risks.of(company);
        if (own.isEmpty()) {
            return List.of();
        }
        Map<EntryKey, Integer> counts = sectorCounts(own);
        Set<EntryKey> optedIn = optedIn(company);
        Map<EntryKey, List<String>> visible = visibleSharers(own);
        return own.stream()
                .map(key -> {
                    Integer companies = counts.get(key);
                    // The company is one of the counted; the others are what it is told, from the minimum on.
                    Integer others =
                            companies != null && companies - 1 >= SharedRiskCount.MINIMUM_GROUP ? companies - 1 : null;
                    return new RiskMatch(key, others, visible.getOrDefault(key, List.of()), optedIn.contains(key));
                })
                .sorted(Comparator.comparing((RiskMatch m) -> m.others() == null ? 0 : m.others())
                        .reversed()
                        .thenComparing(m -> -m.visibleCompanies().size()))
                .toList();
    }

    /** The company's located suppliers that at least the minimum of other companies name too. */
    @Transactional(readOnly = true)
    public List<FacilityMatch> facilities(UUID company) {
        List<SharedFacilities.Facility> own = facilities.of(company);
        Map<String, Integer> groups = new HashMap<>();
        jdbc.sql("""
                        SELECT g.facility_key, g.country_iso3, g.companies
                          FROM unnest(?::text[], ?::text[]) AS f(facility_key, country_iso3)
                          JOIN shared_facility_group g
                            ON g.facility_key = f.facility_key AND g.country_iso3 = f.country_iso3
                        """)
                .params(
                        own.stream().map(SharedFacilities.Facility::key).toArray(String[]::new),
                        own.stream().map(SharedFacilities.Facility::countryIso3).toArray(String[]::new))
                .query(rs -> {
                    groups.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3));
                });
        return own.stream()
                .map(f -> new FacilityMatch(f, groups.getOrDefault(f.key() + "|" + f.countryIso3(), 0) - 1))
                .filter(m -> m.others() >= SharedRiskCount.MINIMUM_GROUP)
                .sorted(Comparator.comparingInt(FacilityMatch::others).reversed())
                .toList();
    }

    /** Every shared risk of the sector, largest first, as last counted. */
    @Transactional(readOnly = true)
    public List<SectorRisk> sectorRisks() {
        return jdbc.sql("""
                        SELECT commodity_code, country_iso3, theme, companies FROM shared_risk_group
                         ORDER BY companies DESC, theme, commodity_code, country_iso3
                        """)
                .query((rs, n) -> new SectorRisk(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getInt(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<SectorFacility> sectorFacilities() {
        return jdbc.sql("""
                        SELECT name, country_iso3, companies FROM shared_facility_group
                         ORDER BY companies DESC, facility_key, country_iso3
                        """).query(SectorFacility.class).list();
    }

    /** How many companies share this risk as last counted; 0 when fewer than the minimum. */
    @Transactional(readOnly = true)
    public int companiesSharing(EntryKey key) {
        return jdbc.sql("""
                        SELECT coalesce((SELECT companies FROM shared_risk_group
                                          WHERE commodity_code = ? AND country_iso3 = ? AND theme = ?), 0)
                        """)
                .params(key.commodityCode(), key.countryIso3(), key.theme().code())
                .query(Integer.class)
                .single();
    }

    /** The last count of each of these risks that is shared by at least the minimum. */
    private Map<EntryKey, Integer> sectorCounts(List<EntryKey> keys) {
        Map<EntryKey, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT g.commodity_code, g.country_iso3, g.theme, g.companies
                          FROM unnest(?::text[], ?::text[], ?::text[]) AS k(commodity_code, country_iso3, theme)
                          JOIN shared_risk_group g ON g.commodity_code = k.commodity_code
                                                  AND g.country_iso3 = k.country_iso3 AND g.theme = k.theme
                        """).params(keyArrays(keys)).query(rs -> {
            counts.put(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getInt(4));
        });
        return counts;
    }

    private Set<EntryKey> optedIn(UUID company) {
        return jdbc.sql(
                        "SELECT commodity_code, country_iso3, theme FROM shared_risk_visibility WHERE organisation_id = ?")
                .param(company)
                .query((rs, n) -> key(rs.getString(1), rs.getString(2), rs.getString(3)))
                .set();
    }

    private Map<EntryKey, List<String>> visibleSharers(List<EntryKey> own) {
        return jdbc
                .sql("""
                        SELECT s.commodity_code, s.country_iso3, s.theme, o.name
                          FROM kw_visible_sharers(?::text[], ?::text[], ?::text[]) s
                          JOIN organisation o ON o.id = s.organisation_id
                         ORDER BY o.name
                        """)
                .params(keyArrays(own))
                .query((rs, n) -> Map.entry(key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The keys as three parallel arrays, for {@code unnest}. */
    private static Object[] keyArrays(List<EntryKey> keys) {
        return new Object[] {
            keys.stream().map(EntryKey::commodityCode).toArray(String[]::new),
            keys.stream().map(EntryKey::countryIso3).toArray(String[]::new),
            keys.stream().map(k -> k.theme().code()).toArray(String[]::new)
        };
    }

    static EntryKey key(String commodity, String country, String theme) {
        return new EntryKey(commodity, country, Theme.byCode(theme).orElseThrow());
    }
}
