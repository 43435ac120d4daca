package nl.ketenwijs.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL 17 server per JVM and data directory. Spring's test context cache builds several
 * application contexts in one JVM; they must share the server instead of each starting their own on the
 * same files.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> running = new HashMap<>();

    private EmbeddedPostgresServer() {}

    static synchronized EmbeddedPostgres in(Path dataDirectory, boolean cleanAtStart) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres server = running.get(directory);
        if (server == null) {
            server = start(directory, cleanAtStart);
            running.put(directory, server);
        }
        return server;
    }

    private static EmbeddedPostgres start(Path directory, boolean cleanAtStart) {
        try {
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(cleanAtStart)
                    // Every commit reaches the disk: an acknowledged complaint must survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setRegisterShutdownHook(true)
                    .start();
            log.info("Embedded PostgreSQL 17 is running on port {} with its data in {}", server.getPort(), directory);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailable(directory, e);
        }
    }
}
