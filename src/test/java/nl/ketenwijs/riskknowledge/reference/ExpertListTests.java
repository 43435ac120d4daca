package nl.ketenwijs.riskknowledge.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.expert.ExpertKey;
import org.junit.jupiter.api.Test;

/** The shipped expert entries against the commodity and country lists beside them, before any start-up. */
class ExpertListTests {

    /** Categories of raw materials that are animals or come from them. */
    private static final Set<String> ANIMAL_CATEGORIES = Set.of("meat_livestock", "dairy_eggs", "fish_seafood");

    private final List<Map<String, String>> entries = CsvFile.read(ExpertLoading.FILE);
    private final Map<String, String> categories = CsvFile.read(CommodityLoading.FILE).stream()
            .collect(Collectors.toMap(row -> row.get("code"), row -> row.get("category")));
    private final Set<String> countries = CsvFile.read("reference/countries/countries_iso3166_en_nl.csv").stream()
            .map(row -> row.get("alpha3"))
            .collect(Collectors.toSet());

    @Test
    void coversOverAHundredEntriesForAtLeastThirtyRawMaterials() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(100);
        assertThat(entries.stream().map(row -> row.get("commodity")).distinct()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries.stream().map(row -> row.get("theme")).collect(Collectors.toSet()))
                .contains(
                        "living_wage",
                        "health_and_safety",
                        "water",
                        "pesticides_pollution",
                        "land_rights",
                        "animal_welfare");
    }

    @Test
    void everyEntryNamesAKnownRawMaterialThemeCountryAndLevelWithItsRationaleAndReference() {
        assertThat(entries).allSatisfy(row -> {
            assertThat(categories).containsKey(row.get("commodity"));
            assertThat(Theme.byCode(row.get("theme"))).isPresent();
            assertThat(row.get("country"))
                    .satisfiesAnyOf(
                            country -> assertThat(country).isEmpty(),
                            country -> assertThat(countries).contains(country));
            assertThat(row.get("level")).isIn("low", "medium", "high", "very_high");
            assertThat(row.get("rationale_nl")).isNotBlank();
            assertThat(row.get("rationale_en")).isNotBlank();
            assertThat(row.get("reference")).isNotBlank();
        });
        assertThat(entries.stream()
                        .map(row -> row.get("commodity") + " " + row.get("theme") + " " + row.get("country"))
                        .distinct())
                .as("one entry per raw material, theme and country")
                .hasSize(entries.size());
    }

    @Test
    void animalWelfareOnlyForAnimals() {
        assertThat(entries.stream().filter(row -> row.get("theme").equals("animal_welfare")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(ANIMAL_CATEGORIES).contains(categories.get(row.get("commodity"))));
    }

    @Test
    void genderAspectsAreKnownCodesAndEveryGenderThemeEntryMarksOne() {
        assertThat(entries).allSatisfy(row -> {
            ExpertKey key = new ExpertKey(row.get("commodity"), row.get("theme"), row.get("country"));
            assertThat(ExpertLoading.genderAspects(row.get("gender_aspects"), key))
                    .doesNotHaveDuplicates();
        });
        assertThat(entries.stream()
                        .filter(row ->
                                Theme.byCode(row.get("theme")).orElseThrow().genderTheme()))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("gender_aspects")).isNotBlank());
    }

    @Test
    void anUnknownGenderAspectInTheFileIsRefusedNamingTheRow() {
        ExpertKey key = new ExpertKey("cocoa", "discrimination_gender", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ExpertLoading.genderAspects("pay_gap; harassment", key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ExpertLoading.FILE)
                .hasMessageContaining("cocoa")
                .hasMessageContaining("Unknown gender aspect \"harassment\"");
        assertThat(ExpertLoading.genderAspects("pay_gap; sexual_harassment", key))
                .containsExactly(GenderAspect.PAY_GAP, GenderAspect.SEXUAL_HARASSMENT);
    }
}
