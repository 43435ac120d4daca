package nl.ketenwijs.riskanalysis.register;

import java.util.ArrayList;
import java.util.List;

/**
 * The (commodity, country) pairs one of whose levels moved, or whose verdicts went, after a knowledge revision
 * ({@code pair_judgement.changed_revision}), in key order, with their verdicts as they are now: the arrays a
 * statement's {@code unnest} reads. Asked once per revision a re-evaluation finds registers at, not by each of
 * a thousand registers: finding the pairs meant reading every pair of the sector's judgements, and their
 * verdicts the pages of {@code pair_risk} the judging had just written, for every register again.
 */
record MovedPairs(String[] commodities, String[] countries, Verdicts verdicts) {

    static final MovedPairs NONE = new Builder().build();

    /** The verdicts of the moved pairs, a row per theme; a pair whose verdicts went has none. */
    record Verdicts(String[] commodities, String[] countries, String[] themes, String[] levels) {}

    /** Collects the pairs and verdicts in key order, a verdict at a time. */
    static final class Builder {
        private final List<String> commodities = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final List<String> verdictCommodities = new ArrayList<>();
        private final List<String> verdictCountries = new ArrayList<>();
        private final List<String> themes = new ArrayList<>();
        private final List<String> levels = new ArrayList<>();

        /** @param theme null for a pair without verdicts */
        Builder add(String commodity, String country, String theme, String level) {
            int last = commodities.size() - 1;
            if (last < 0
                    || !commodities.get(last).equals(commodity)
                    || !countries.get(last).equals(country)) {
                commodities.add(commodity);
                countries.add(country);
            }
            if (theme != null) {
                verdictCommodities.add(commodity);
                verdictCountries.add(country);
                themes.add(theme);
                levels.add(level);
            }
            return this;
        }

        MovedPairs build() {
            return new MovedPairs(
                    commodities.toArray(String[]::new),
                    countries.toArray(String[]::new),
                    new Verdicts(
                            verdictCommodities.toArray(String[]::new),
                            verdictCountries.toArray(String[]::new),
                            themes.toArray(String[]::new),
                            levels.toArray(String[]::new)));
        }
    }
}
