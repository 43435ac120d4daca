package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ThemeTests {

    @Test
    void theCodesAreTheStableOnesOfTheApi() {
        assertThat(Arrays.stream(Theme.values()).map(Theme::code))
                .containsExactly(
                        "child_labour",
                        "forced_labour",
                        "living_wage",
                        "freedom_of_association",
                        "health_and_safety",
                        "discrimination_gender",
                        "land_rights",
                        "communities",
                        "conflict",
                        "deforestation",
                        "water",
                        "climate",
                        "pesticides_pollution",
                        "animal_welfare",
                        "corruption");
        assertThat(Theme.byCode("corruption")).contains(Theme.CORRUPTION);
        assertThat(Theme.CHILD_LABOUR.group()).isEqualTo(ThemeGroup.LABOUR);
    }

    @Test
    void everyThemeAndGroupHasADutchAndAnEnglishName() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = new Properties();
            try (var in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (Theme theme : Theme.values()) {
                assertThat(messages.getProperty(theme.messageKey()))
                        .as(file + " " + theme)
                        .isNotBlank();
            }
            for (ThemeGroup group : ThemeGroup.values()) {
                assertThat(messages.getProperty(group.messageKey()))
                        .as(file + " " + group)
                        .isNotBlank();
            }
        }
    }
}
