package nl.ketenwijs.riskknowledge.web;

import java.util.Comparator;
import java.util.List;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;

/**
 * The countries with the highest inherent risk for a commodity. The shipped data hold no production
 * volumes, so this is not a list of the largest producers: it ranks by the number of themes at high or very
 * high, then at very high, and shows the levels of the themes people ask about most.
 */
final class OriginRanking {

    static final List<Theme> KEY_THEMES =
            List.of(Theme.CHILD_LABOUR, Theme.FORCED_LABOUR, Theme.DEFORESTATION, Theme.CORRUPTION);

    private OriginRanking() {}

    static List<Origin> highestRisk(List<RiskProfile> profiles, int limit) {
        return profiles.stream()
                .map(Origin::of)
                .filter(origin -> origin.highOrVeryHigh() > 0)
                .sorted(Comparator.comparingLong(Origin::highOrVeryHigh)
                        .thenComparingLong(Origin::veryHigh)
                        .reversed()
                        .thenComparing(origin -> origin.country().nameEn()))
                .limit(limit)
                .toList();
    }

    /** One country: how many themes are high or very high, how many very high, and the key themes' levels. */
    record Origin(Country country, long highOrVeryHigh, long veryHigh, List<ThemeRisk> keyThemes) {

        static Origin of(RiskProfile profile) {
            return new Origin(
                    profile.country(),
                    count(profile, Level.HIGH),
                    count(profile, Level.VERY_HIGH),
                    KEY_THEMES.stream().map(profile::theme).toList());
        }

        private static long count(RiskProfile profile, Level atLeast) {
            return profile.themes().stream()
                    .filter(risk -> risk.level().isAtLeast(atLeast))
                    .count();
        }
    }
}
