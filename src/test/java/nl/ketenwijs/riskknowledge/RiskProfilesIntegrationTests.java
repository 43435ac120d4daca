package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.riskknowledge.reference.CsvFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RiskProfilesIntegrationTests extends WebIntegrationTest {

    @Autowired
    RiskProfiles profiles;

    @Autowired
    Commodities commodities;

    @Autowired
    Countries countries;

    /** The data test of the issue: the shipped ILAB edition shows up, pair by pair, at high or above. */
    @Test
    void everyIlabListingOfAMappedGoodIsHighOrAbove() {
        List<Map<String, String>> listings = CsvFile.read("reference/ilab/ilab_tvpra_list_of_goods_2022.csv");
        Map<String, List<String>> commoditiesByGood = commoditiesByGood();
        int checked = 0;
        for (Map<String, String> listing : listings) {
            String good = Normalizer.normalize(listing.get("good"), Normalizer.Form.NFC);
            Country country = countries.match(listing.get("iso3")).found().orElseThrow();
            for (String code : commoditiesByGood.getOrDefault(good, List.of())) {
                RiskProfile profile = profiles.profile(commodity(code), country);
                if (yes(listing, "child_labor") || yes(listing, "forced_child_labor")) {
                    assertThat(profile.theme(Theme.CHILD_LABOUR).level())
                            .as("%s from %s", code, country.iso3())
                            .isEqualTo(Level.VERY_HIGH);
                }
                if (yes(listing, "forced_labor") || yes(listing, "forced_child_labor")) {
                    assertThat(profile.theme(Theme.FORCED_LABOUR).level())
                            .as("%s from %s", code, country.iso3())
                            .isEqualTo(Level.VERY_HIGH);
                }
                checked++;
            }
        }
        // Guards against a mapping that silently matches nothing: the food goods cover well over 100 pairs.
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aPairWithoutEvidenceIsUnknownWithAReasonNeverLow() {
        RiskProfile profile = profiles.profile(commodity("tomato"), country("NLD"));
        ThemeRisk childLabour = profile.theme(Theme.CHILD_LABOUR);
        assertThat(childLabour.level()).isEqualTo(Level.UNKNOWN);
        assertThat(childLabour.reasons().get(0).text()).contains("not low risk");
        assertThat(profile.theme(Theme.LIVING_WAGE).level()).isEqualTo(Level.UNKNOWN);
        assertThat(profile.theme(Theme.DEFORESTATION).level()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void cocoaFromIvoryCoastIsExplainedFromEverySource() {
        RiskProfile profile = profiles.profile(commodity("cocoa"), country("CIV"));
        assertThat(profile.themes()).hasSize(Theme.values().length);
        assertThat(profile.theme(Theme.CHILD_LABOUR).level()).isEqualTo(Level.VERY_HIGH);
        assertThat(profile.theme(Theme.DEFORESTATION).level()).isEqualTo(Level.HIGH);
        assertThat(profile.theme(Theme.CORRUPTION).reasons().get(0).dataSet()).isEqualTo("wgi");
        assertThat(profile.theme(Theme.CORRUPTION).reasons().get(0).edition()).isEqualTo("2023");
    }

    private Map<String, List<String>> commoditiesByGood() {
        return jdbc
                .sql("SELECT ilab_good, array_agg(commodity_code) FROM commodity_ilab_good GROUP BY ilab_good")
                .query((rs, n) -> Map.entry(
                        rs.getString(1), List.of((String[]) rs.getArray(2).getArray())))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Commodity commodity(String code) {
        return commodities.match(code).found().orElseThrow();
    }

    private Country country(String iso3) {
        return countries.match(iso3).found().orElseThrow();
    }

    private static boolean yes(Map<String, String> listing, String field) {
        return "Yes".equals(listing.get(field));
    }
}
