package nl.ketenwijs.riskknowledge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameIndexTests {

    @Test
    void keysIgnoreCaseAccentsPunctuationAndFillerWords() {
        assertThat(NameKey.of("Côte d’Ivoire")).isEqualTo("cote d ivoire");
        assertThat(NameKey.of("Congo, Democratic Republic of the")).isEqualTo("congo democratic republic");
        assertThat(NameKey.of("Açaí  Berries")).isEqualTo("acai berries");
    }

    @Test
    void englishPluralsMeetTheirSingular() {
        assertThat(NameKey.singular("cocoa beans")).isEqualTo(NameKey.singular("cocoa bean"));
        assertThat(NameKey.singular("tomatoes")).isEqualTo("tomato");
        assertThat(NameKey.singular("cherries")).isEqualTo("cherry");
        assertThat(NameKey.singular("citrus")).isEqualTo("citrus");
    }

    @Test
    void aNameSharedByTwoEntriesSuggestsBoth() {
        NameIndex<String> index =
                new NameIndex<String>().add("pepper", "black pepper").add("pepper", "chili");
        assertThat(index.match("Pepper").isFound()).isFalse();
        assertThat(index.match("Pepper").suggestions()).containsExactly("black pepper", "chili");
    }

    @Test
    void aTypoSuggestsTheNearestNames() {
        NameIndex<String> index = new NameIndex<String>()
                .add("cocoa", "cocoa")
                .add("coconut", "coconut")
                .add("rice", "rice");
        assertThat(index.match("cocao").suggestions()).first().isEqualTo("cocoa");
        assertThat(index.match("cocoa").found()).contains("cocoa");
    }

    @Test
    void editDistanceCountsSingleEdits() {
        assertThat(Similarity.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(Similarity.trigrams("cocoa", "cocoa")).isEqualTo(1.0);
    }
}
