package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CommodityMatchingIntegrationTests extends WebIntegrationTest {

    @Autowired
    Commodities commodities;

    @Test
    void matchesDutchAndEnglishNamesAndSynonyms() {
        assertThat(codeOf("cacao")).isEqualTo("cocoa");
        assertThat(codeOf("Cacaobonen")).isEqualTo("cocoa");
        assertThat(codeOf("cocoa beans")).isEqualTo("cocoa");
        assertThat(codeOf("Hazelnoten")).isEqualTo("hazelnuts");
        assertThat(codeOf("rietsuiker")).isEqualTo("cane_sugar");
        assertThat(codeOf("garnalen")).isEqualTo("shrimp");
        assertThat(codeOf("Palm oil")).isEqualTo("palm_oil");
    }

    @Test
    void matchesByStableCode() {
        assertThat(codeOf("palm_oil")).isEqualTo("palm_oil");
        assertThat(codeOf("CANE_SUGAR")).isEqualTo("cane_sugar");
    }

    @Test
    void ignoresCaseAccentsAndEnglishPlurals() {
        assertThat(codeOf("COCOA BEAN")).isEqualTo("cocoa");
        assertThat(codeOf("Tomato")).isEqualTo("tomatoes");
        assertThat(codeOf("cashew nut")).isEqualTo("cashews");
        assertThat(codeOf("acai berries")).isEqualTo("acai");
        assertThat(codeOf("Maïs")).isEqualTo("maize");
        assertThat(codeOf("mais")).isEqualTo("maize");
    }

    @Test
    void matchesByHsCodeInTheWaysPeopleWriteIt() {
        assertThat(codeOf("1801")).isEqualTo("cocoa");
        assertThat(codeOf("180100")).isEqualTo("cocoa");
        assertThat(codeOf("0901.11")).isEqualTo("coffee");
        assertThat(codeOf("0803 90")).isEqualTo("bananas");
        assertThat(codeOf("09041100")).isEqualTo("black_pepper");
    }

    @Test
    void aHeadingSharedByCommoditiesSuggestsThem() {
        Match<Commodity> citrus = commodities.match("0805");
        assertThat(citrus.isFound()).isFalse();
        assertThat(citrus.suggestions()).extracting(Commodity::code).contains("oranges", "lemons_limes");
    }

    @Test
    void aTypoGivesSuggestions() {
        Match<Commodity> match = commodities.match("cocao");
        assertThat(match.isFound()).isFalse();
        assertThat(match.suggestions())
                .hasSizeLessThanOrEqualTo(5)
                .extracting(Commodity::code)
                .contains("cocoa");
        assertThat(commodities.match("hazlenuts").suggestions())
                .extracting(Commodity::code)
                .contains("hazelnuts");
        assertThat(commodities.match("vanile").suggestions())
                .extracting(Commodity::code)
                .first()
                .isEqualTo("vanilla");
    }

    @Test
    void anUnknownCodeFindsNothing() {
        assertThat(commodities.match("9999").isFound()).isFalse();
        assertThat(commodities.match("9999").suggestions()).isEmpty();
    }

    private String codeOf(String input) {
        return commodities.match(input).found().map(Commodity::code).orElse("no match for " + input);
    }
}
