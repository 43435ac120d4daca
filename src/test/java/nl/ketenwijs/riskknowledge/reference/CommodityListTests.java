package nl.ketenwijs.riskknowledge.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.matching.NameKey;
import org.junit.jupiter.api.Test;

/** The curated commodity list against the data sets shipped beside it. */
class CommodityListTests {

    /** ILAB goods of the 2022 list that are no raw material of food, each with the reason. */
    private static final Map<String, String> NOT_FOOD = Map.ofEntries(
            Map.entry("Alcoholic Beverages", "a processed drink, not a raw material; its rice and cane are mapped"),
            Map.entry("Baked Goods", "a processed product, not a raw material; its wheat and sugar are mapped"),
            Map.entry("Bidis (hand-rolled cigarettes)", "tobacco product"),
            Map.entry("Tobacco", "not food"),
            Map.entry("Coca (stimulant plant)", "drug crop"),
            Map.entry("Khat (stimulant plant)", "drug crop"),
            Map.entry("Khat/Miraa (stimulant plant)", "drug crop"),
            Map.entry("Poppies", "drug crop (opium)"),
            Map.entry("Cotton", "textile fibre"),
            Map.entry("Cottonseed (hybrid)", "seed production for cotton growing"),
            Map.entry("Flowers", "cut flowers, not food"),
            Map.entry("Rubber", "not food; packaging and gloves at most"),
            Map.entry("Timber", "wood"),
            Map.entry("Teak", "wood"),
            Map.entry("Bamboo", "building material"),
            Map.entry("Charcoal", "fuel"),
            Map.entry("Palm Thatch", "roofing material"),
            Map.entry("Sisal", "fibre"),
            Map.entry("Silk Cocoons", "textile fibre"));

    /** ILAB sectors whose goods are never food; salt, mined but eaten, is the exception and is mapped. */
    private static final Set<String> NON_FOOD_SECTORS = Set.of("Manufacturing", "Mining", "Other");

    /** Manufactured goods that are food and so must be mapped, although their sector is manufacturing. */
    private static final Set<String> FOOD_FROM_MANUFACTURING =
            Set.of("Beef", "Dairy Products", "Dried Fish", "Meat", "Tomato Products", "Salt");

    private final List<Map<String, String>> commodities = CsvFile.read(CommodityLoading.FILE);

    @Test
    void listsAtLeast120RawMaterialsWithStableCodes() {
        assertThat(commodities).hasSizeGreaterThanOrEqualTo(120);
        assertThat(commodities.stream().map(row -> row.get("code")).distinct())
                .hasSize(commodities.size())
                .allMatch(code -> code.matches("[a-z][a-z0-9_]+"));
        assertThat(commodities).allSatisfy(row -> {
            assertThat(row.get("name_en")).isNotBlank();
            assertThat(row.get("name_nl")).isNotBlank();
            assertThat(CommodityLoading.list(row.get("hs_codes"))).isNotEmpty();
        });
    }

    @Test
    void everyHsCodeExistsInHs2022() {
        Set<String> hs = CsvFile.read("reference/hs/harmonized-system.csv").stream()
                .map(row -> row.get("hscode"))
                .collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (Map<String, String> row : commodities) {
            CommodityLoading.list(row.get("hs_codes")).stream()
                    .filter(code -> !hs.contains(code) || !code.matches("[0-9]{4}([0-9]{2})?"))
                    .forEach(code -> unknown.add(row.get("code") + " " + code));
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyFoodGoodOfTheIlabListIsMapped() {
        Set<String> mapped = new HashSet<>();
        commodities.forEach(row -> CommodityLoading.list(row.get("ilab_goods")).forEach(g -> mapped.add(nfc(g))));
        Map<String, String> sectors = new HashMap<>();
        CsvFile.read("reference/ilab/ilab_tvpra_list_of_goods_2022.csv")
                .forEach(row -> sectors.put(nfc(row.get("good")), row.get("sector")));

        Set<String> food = new TreeSet<>();
        sectors.forEach((good, sector) -> {
            if (FOOD_FROM_MANUFACTURING.contains(good)
                    || (!NON_FOOD_SECTORS.contains(sector) && !NOT_FOOD.containsKey(good))) {
                food.add(good);
            }
        });
        assertThat(food).hasSizeGreaterThan(60);
        assertThat(mapped).containsAll(food);
        assertThat(sectors.keySet())
                .as("every mapped or excluded good is on the list")
                .containsAll(mapped);
        assertThat(sectors.keySet()).containsAll(NOT_FOOD.keySet());
    }

    @Test
    void noNameOrSynonymStandsForTwoCommodities() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Map<String, String> row : commodities) {
            List<String> names =
                    new java.util.ArrayList<>(List.of(row.get("code"), row.get("name_en"), row.get("name_nl")));
            names.addAll(CommodityLoading.list(row.get("synonyms_en")));
            names.addAll(CommodityLoading.list(row.get("synonyms_nl")));
            names.forEach(name -> owners.computeIfAbsent(NameKey.of(name), k -> new TreeSet<>())
                    .add(row.get("code")));
        }
        assertThat(owners.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(Map.Entry::toString))
                .isEmpty();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
