package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import nl.ketenwijs.riskknowledge.expert.ExpertContent;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class GenderAspectTests {

    @Test
    void theCodesAreTheStableOnesStoredWithExpertEntries() {
        assertThat(Arrays.stream(GenderAspect.values()).map(GenderAspect::code))
                .containsExactly(
                        "sexual_harassment",
                        "unpaid_family_labour",
                        "pay_gap",
                        "land_and_credit",
                        "maternity_protection",
                        "discrimination_in_hiring");
        assertThat(GenderAspect.byCode("pay_gap")).contains(GenderAspect.PAY_GAP);
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> GenderAspect.parse("gender_stuff"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown gender aspect \"gender_stuff\"")
                .hasMessageContaining("sexual_harassment, unpaid_family_labour");
    }

    @Test
    void storedCodesAreReadOnceInTheOrderOfTheAspectsSkippingThoseOfANewerVersion() {
        assertThat(GenderAspect.known("pay_gap", "from_a_newer_version", "sexual_harassment", "pay_gap"))
                .containsExactly(GenderAspect.SEXUAL_HARASSMENT, GenderAspect.PAY_GAP);
        assertThat(new ExpertContent(
                                Level.HIGH,
                                "Waarom.",
                                null,
                                "Bron",
                                null,
                                List.of(GenderAspect.MATERNITY_PROTECTION, GenderAspect.PAY_GAP))
                        .genderAspects())
                .containsExactly(GenderAspect.PAY_GAP, GenderAspect.MATERNITY_PROTECTION);
    }

    @Test
    void onlyDiscriminationAndGenderIsAGenderTheme() {
        assertThat(Theme.genderThemes()).containsExactly(Theme.DISCRIMINATION_GENDER);
        assertThat(Theme.HEALTH_AND_SAFETY.genderTheme()).isFalse();
    }

    @Test
    void everyAspectHasADutchAndAnEnglishNameAndExplanation() throws IOException {
        Properties dutch = messages("messages.properties");
        Properties english = messages("messages_en.properties");
        for (GenderAspect aspect : GenderAspect.values()) {
            for (String key : List.of(aspect.messageKey(), aspect.explanationKey())) {
                assertThat(dutch.getProperty(key)).as("nl " + key).isNotBlank();
                assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
                assertThat(dutch.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    private static Properties messages(String file) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
