package nl.ketenwijs.system.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTests {

    @Test
    void aServerThatCannotStartTellsTheUserToPointAtAnotherServer(@TempDir Path temporary) throws Exception {
        // A file where the data directory's parent should be: the server cannot start there.
        Path blocked = Files.createFile(temporary.resolve("not-a-directory"));

        assertThatThrownBy(() -> EmbeddedPostgresServer.acquire(blocked.resolve("postgres"), false))
                .isInstanceOf(EmbeddedDatabaseUnavailable.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("unshare -U")
                .hasMessageContaining(blocked.resolve("postgres").toString());
    }
}
