package nl.ketenwijs.riskknowledge.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;

/**
 * The active edition of every evidence data set in memory, indexed by country: rules read it without a
 * query, so a profile is deterministic and takes microseconds.
 */
public final class Evidence {

    private record Key(EvidenceSet set, String iso3, String subject) {}

    private final Map<Key, SourceRow> rows;

    private record ExpertKey(String commodityCode, Theme theme, String iso3) {}

    private final Map<String, Set<String>> ilabGoodsByCommodity;
    private final Map<ExpertKey, ExpertEntry> experts;

    public Evidence(List<SourceRow> rows, Map<String, Set<String>> ilabGoodsByCommodity) {
        this(rows, ilabGoodsByCommodity, List.of());
    }

    /** With the active expert entries; a withdrawn entry is not among them. */
    public Evidence(List<SourceRow> rows, Map<String, Set<String>> ilabGoodsByCommodity, List<ExpertEntry> experts) {
        this.rows = rows.stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        row -> new Key(row.set(), row.iso3(), row.subject()), row -> row));
        this.ilabGoodsByCommodity = Map.copyOf(ilabGoodsByCommodity);
        this.experts = experts.stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        entry -> new ExpertKey(entry.commodityCode(), entry.theme(), entry.iso3()), entry -> entry));
    }

    /** The expert entry for this country of origin, else the one for every origin. */
    public Optional<ExpertEntry> expert(String commodityCode, Theme theme, String iso3) {
        ExpertEntry specific = experts.get(new ExpertKey(commodityCode, theme, iso3));
        return Optional.ofNullable(
                specific != null ? specific : experts.get(new ExpertKey(commodityCode, theme, null)));
    }

    /** The country-level row of a data set, if the country is in it. */
    public Optional<SourceRow> country(EvidenceSet set, String iso3) {
        return Optional.ofNullable(rows.get(new Key(set, iso3, "")));
    }

    /** A number in the country-level row of a data set; empty when the row or a numeric value is missing. */
    Optional<Figure> figure(EvidenceSet set, String iso3, String field) {
        return country(set, iso3).flatMap(row -> row.number(field).map(value -> new Figure(row, field, value)));
    }

    /** The ILAB list rows of the goods a commodity covers, for one country, in the order of the goods. */
    public List<SourceRow> ilabListings(String commodityCode, String iso3) {
        return ilabGoodsByCommodity.getOrDefault(commodityCode, Set.of()).stream()
                .sorted()
                .map(good -> rows.get(new Key(EvidenceSet.ILAB_GOODS, iso3, good)))
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
