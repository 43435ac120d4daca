package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CountryMatchingIntegrationTests extends WebIntegrationTest {

    @Autowired
    Countries countries;

    @Test
    void matchesAlpha2AndAlpha3CodesInAnyCase() {
        assertThat(iso3Of("CI")).isEqualTo("CIV");
        assertThat(iso3Of("civ")).isEqualTo("CIV");
        assertThat(iso3Of("nl")).isEqualTo("NLD");
    }

    @Test
    void matchesEnglishAndDutchNames() {
        assertThat(iso3Of("Côte d’Ivoire")).isEqualTo("CIV");
        assertThat(iso3Of("Ivoorkust")).isEqualTo("CIV");
        assertThat(iso3Of("Netherlands")).isEqualTo("NLD");
        assertThat(iso3Of("Nederland")).isEqualTo("NLD");
        assertThat(iso3Of("Duitsland")).isEqualTo("DEU");
    }

    @Test
    void matchesAliasesOfTheDataSets() {
        assertThat(iso3Of("Burma")).isEqualTo("MMR");
        assertThat(iso3Of("Congo, Democratic Republic of the")).isEqualTo("COD");
        assertThat(iso3Of("Kyrgyz Republic")).isEqualTo("KGZ");
        assertThat(iso3Of("Kosovo")).isEqualTo("XKX");
    }

    @Test
    void ignoresAccentsCaseAndPunctuation() {
        assertThat(iso3Of("COTE D IVOIRE")).isEqualTo("CIV");
        assertThat(iso3Of("  türkiye ")).isEqualTo("TUR");
        assertThat(iso3Of("Turkije")).isEqualTo("TUR");
    }

    @Test
    void aTypoGivesSuggestionsInsteadOfAMatch() {
        Match<Country> match = countries.match("Ghanna");
        assertThat(match.isFound()).isFalse();
        assertThat(match.suggestions())
                .hasSizeLessThanOrEqualTo(5)
                .extracting(Country::iso3)
                .contains("GHA");
        assertThat(countries.match("Indonsia").suggestions())
                .extracting(Country::iso3)
                .first()
                .isEqualTo("IDN");
    }

    @Test
    void nothingToMatchGivesNothing() {
        assertThat(countries.match("  ").isFound()).isFalse();
        assertThat(countries.match("xyzzyq").suggestions()).isEmpty();
    }

    private String iso3Of(String input) {
        return countries.match(input).found().map(Country::iso3).orElse("no match for " + input);
    }
}
