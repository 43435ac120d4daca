package nl.ketenwijs.grievance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import nl.ketenwijs.shared.PortalLanguage;
import org.junit.jupiter.api.Test;

/** Every portal language says everything the English default says, and no text is left empty. */
class PortalMessageFilesTests {

    private static final Path BUNDLE = Path.of("src", "main", "resources", "portal");

    @Test
    void everyPortalLanguageHasEveryKeyOfTheDefault() throws IOException {
        Properties english = load("messages.properties");
        assertThat(english).isNotEmpty();
        for (PortalLanguage language : PortalLanguage.values()) {
            if (language == PortalLanguage.EN) {
                continue;
            }
            Properties translated = load("messages_" + language.code() + ".properties");
            assertThat(translated.stringPropertyNames()).as(language.code()).isEqualTo(english.stringPropertyNames());
            assertThat(translated.values())
                    .as(language.code())
                    .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(BUNDLE.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
