package nl.ketenwijs.system.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class MasterKeySourceTests {

    private static final String VALID = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path directory;

    @Test
    void aConfiguredKeyIsUsedWhereverTheDatabaseIs() {
        Path keyFile = directory.resolve("master.key");

        MasterKey key = new MasterKeySource(VALID, false, keyFile).masterKey();

        assertThat(key.encoded()).isEqualTo(VALID);
        assertThat(keyFile).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c2hvcnQ=", "not base64 at all!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void aConfiguredKeyOfAnyOtherLengthStopsStartUpAndNamesTheProperty(String configured) {
        assertThatThrownBy(() -> new MasterKeySource(configured, true, directory.resolve("master.key")).masterKey())
                .isInstanceOf(MasterKeyRefused.class)
                .hasMessageContaining("ketenwijs.secrets.master-key")
                .hasMessageContaining("KETENWIJS_SECRETS_MASTER_KEY")
                .hasMessageContaining("openssl rand -base64 32")
                .message()
                .doesNotContain(configured);
    }

    @Test
    void withoutAKeyTheEmbeddedDatabaseGetsAnOwnerOnlyKeyFileThatIsReusedOnRestart() throws Exception {
        Path keyFile = directory.resolve("data").resolve("master.key");

        MasterKey first = new MasterKeySource(null, true, keyFile).masterKey();
        MasterKey again = new MasterKeySource("", true, keyFile).masterKey();

        assertThat(again.encoded()).isEqualTo(first.encoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(keyFile).strip()).isEqualTo(first.encoded());
        try (var files = Files.list(keyFile.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(keyFile);
        }
    }

    @Test
    void aDamagedKeyFileStopsStartUpInsteadOfBeingReplaced() throws Exception {
        Path keyFile = directory.resolve("master.key");
        Files.writeString(keyFile, "c2hvcnQ=\n");

        assertThatThrownBy(() -> new MasterKeySource(null, true, keyFile).masterKey())
                .isInstanceOf(MasterKeyRefused.class)
                .hasMessageContaining(keyFile.toAbsolutePath().toString());
        assertThat(Files.readString(keyFile)).isEqualTo("c2hvcnQ=\n");
    }

    @Test
    void withoutAKeyAnExternalDatabaseOutsideTheDemoStopsStartUp() {
        Path keyFile = directory.resolve("master.key");

        assertThatThrownBy(() -> new MasterKeySource(null, false, keyFile).masterKey())
                .isInstanceOf(MasterKeyRefused.class)
                .hasMessageContaining("set KETENWIJS_SECRETS_MASTER_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void theConfigurationDecidesWhetherAKeyMayBeGenerated() {
        assertThat(keyFrom(environment())).as("embedded").isNotNull();
        assertThat(keyFrom(external().withProperty("ketenwijs.demo", "true")))
                .as("external, demo")
                .isNotNull();
        assertThatThrownBy(() -> keyFrom(external())).as("external").isInstanceOf(MasterKeyRefused.class);
        assertThatThrownBy(() -> keyFrom(external().withProperty("ketenwijs.demo", "false")))
                .as("external, no demo")
                .isInstanceOf(MasterKeyRefused.class);
        assertThat(keyFrom(external()
                                .withProperty("ketenwijs.secrets.master-key", VALID)
                                .withProperty("ketenwijs.demo", "false"))
                        .encoded())
                .as("external, configured")
                .isEqualTo(VALID);
        assertThat(directory.resolve("master.key"))
                .as("generated next to the data directory")
                .exists();
    }

    @Test
    void theKeyFileLivesNextToTheEmbeddedData() {
        assertThat(MasterKeySource.keyFileNextTo(Path.of("data", "postgres"))).isEqualTo(Path.of("data", "master.key"));
        assertThat(MasterKeySource.keyFileNextTo(Path.of("target", "embedded-postgres")))
                .isEqualTo(Path.of("target", "master.key"));
        assertThat(MasterKeySource.keyFileNextTo(Path.of("pgdata"))).isEqualTo(Path.of("master.key"));
    }

    private MockEnvironment environment() {
        return new MockEnvironment()
                .withProperty(
                        "ketenwijs.embedded-database.data-directory",
                        directory.resolve("postgres").toString());
    }

    private MockEnvironment external() {
        return environment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org/ketenwijs");
    }

    private static MasterKey keyFrom(MockEnvironment environment) {
        return MasterKeySource.of(environment).masterKey();
    }
}
