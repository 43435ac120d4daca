package nl.ketenwijs.riskknowledge.editions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.ChainExposure;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.CommodityCountry;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.editions.Comparison.FieldChange;
import nl.ketenwijs.riskknowledge.editions.Comparison.LevelChange;
import nl.ketenwijs.riskknowledge.editions.Comparison.RowChange;
import nl.ketenwijs.riskknowledge.editions.Comparison.ThemeCount;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import nl.ketenwijs.riskknowledge.rules.Evidence;
import nl.ketenwijs.riskknowledge.rules.EvidenceTables;
import nl.ketenwijs.riskknowledge.rules.RiskRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Compares two editions of a data set by assessing every commodity × country pair on every theme with
 * each. At most that is about 137 × 250 pairs × 15 themes, twice, all in memory: the RiskProfileBench
 * measures about 300 ms for all pairs once, and a WGI edition that changes every country took 2.5 s on a
 * busy two-core test machine. That is fine for a page the secretariat opens a few times a year, so it
 * runs in the request, with no job queue.
 */
@Service
public class EditionComparison {

    /** Changes beyond this are counted, not listed: a page of thousands of rows helps nobody decide. */
    static final int LISTED = 200;

    private final JdbcClient jdbc;
    private final EditionStore store;
    private final Commodities commodities;
    private final Countries countries;
    private final ObjectProvider<ChainExposure> chains;

    EditionComparison(
            JdbcClient jdbc,
            EditionStore store,
            Commodities commodities,
            Countries countries,
            ObjectProvider<ChainExposure> chains) {
        this.jdbc = jdbc;
        this.store = store;
        this.commodities = commodities;
        this.countries = countries;
        this.chains = chains;
    }

    public Comparison compare(EvidenceSet set, String from, String to) {
        Evidence before = EvidenceTables.read(jdbc, Map.of(set.code(), from));
        Evidence after = EvidenceTables.read(jdbc, Map.of(set.code(), to));
        List<Country> allCountries = countries.all();
        List<RowChange> rows = rowChanges(set, from, to, allCountries);
        // The rules read a pair's evidence by its country (Evidence is indexed by iso3), so only countries
        // whose rows differ can change level; the others are skipped, which makes a small edit instant.
        Set<String> changedCountries = rows.stream().map(RowChange::iso3).collect(Collectors.toSet());
        List<LevelChange> changes = new ArrayList<>();
        for (Commodity commodity : commodities.all()) {
            for (Country country : allCountries) {
                if (!changedCountries.contains(country.iso3())) {
                    continue;
                }
                for (Theme theme : Theme.values()) {
                    Level was =
                            RiskRules.assess(theme, commodity, country, before).level();
                    Level is =
                            RiskRules.assess(theme, commodity, country, after).level();
                    if (was != is) {
                        changes.add(new LevelChange(commodity, country, theme, was, is));
                    }
                }
            }
        }
        changes.sort(Comparator.comparing((LevelChange change) -> change.theme())
                .thenComparing(change -> change.commodity().nameEn())
                .thenComparing(change -> change.country().nameEn()));
        return new Comparison(
                from,
                to,
                themeCounts(changes),
                List.copyOf(changes.subList(0, Math.min(LISTED, changes.size()))),
                changes.size(),
                List.copyOf(rows.subList(0, Math.min(LISTED, rows.size()))),
                rows.size(),
                (int) rows.stream().filter(RowChange::isAdded).count(),
                (int) rows.stream().filter(RowChange::isRemoved).count(),
                countriesAdded(set, from, to),
                countriesAdded(set, to, from),
                companies(changes));
    }

    private static List<ThemeCount> themeCounts(List<LevelChange> changes) {
        Map<Theme, int[]> counts = new EnumMap<>(Theme.class);
        for (LevelChange change : changes) {
            counts.computeIfAbsent(change.theme(), theme -> new int[2])[change.isUp() ? 0 : 1]++;
        }
        return counts.entrySet().stream()
                .map(entry -> new ThemeCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }

    /** Never a made-up number: without a module that records chains there is no count at all. */
    private Integer companies(List<LevelChange> changes) {
        ChainExposure exposure = chains.getIfAvailable();
        if (exposure == null) {
            return null;
        }
        Set<CommodityCountry> pairs = changes.stream()
                .map(change -> new CommodityCountry(
                        change.commodity().code(), change.country().iso3()))
                .collect(Collectors.toSet());
        return exposure.companiesSourcing(pairs);
    }

    private List<RowChange> rowChanges(EvidenceSet set, String from, String to, List<Country> allCountries) {
        Map<String, Country> byIso3 = allCountries.stream().collect(Collectors.toMap(Country::iso3, c -> c));
        Map<List<String>, Map<String, String>> before = store.rows(set, from);
        Map<List<String>, Map<String, String>> after = store.rows(set, to);
        Set<List<String>> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<RowChange> changes = new ArrayList<>();
        for (List<String> key : keys) {
            List<FieldChange> fields =
                    fieldChanges(set, before.getOrDefault(key, Map.of()), after.getOrDefault(key, Map.of()));
            if (!fields.isEmpty()) {
                changes.add(new RowChange(key.get(0), byIso3.get(key.get(0)), key.get(1), fields));
            }
        }
        changes.sort(Comparator.comparing((RowChange row) ->
                        row.country() == null ? row.iso3() : row.country().nameEn())
                .thenComparing(RowChange::subject));
        return changes;
    }

    private static List<FieldChange> fieldChanges(
            EvidenceSet set, Map<String, String> before, Map<String, String> after) {
        return set.fields().stream()
                .filter(field -> !Objects.equals(before.get(field), after.get(field)))
                .map(field -> new FieldChange(field, before.get(field), after.get(field)))
                .toList();
    }

    /** Countries with rows in {@code to} and none in {@code from}. */
    private int countriesAdded(EvidenceSet set, String from, String to) {
        return jdbc.sql("""
                        SELECT count(DISTINCT iso3) FROM evidence_value
                         WHERE data_set = :set AND edition = :to
                           AND iso3 NOT IN (SELECT iso3 FROM evidence_value WHERE data_set = :set AND edition = :from)
                        """)
                .param("set", set.code())
                .param("to", to)
                .param("from", from)
                .query(Integer.class)
                .single();
    }
}
