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
 * application contexts in one JVM; they share the server, and it stops when the last of them has closed
 * its connection pool. Stopping it earlier (zonky's own shutdown hook races Spring's) leaves pools
 * waiting for a database that is gone.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final long LAST_USER_GRACE_MILLIS = 15_000;
    private static final Map<Path, EmbeddedPostgres> running = new HashMap<>();
    private static final Map<Path, Integer> users = new HashMap<>();
    private static boolean shutdownHookRegistered;

    private EmbeddedPostgresServer() {}

    static synchronized EmbeddedPostgres acquire(Path dataDirectory, boolean cleanAtStart) {
        Path directory = key(dataDirectory);
        EmbeddedPostgres server = running.get(directory);
        if (server == null) {
            server = start(directory, cleanAtStart);
            running.put(directory, server);
            registerShutdownHookOnce();
        }
        users.merge(directory, 1, Integer::sum);
        return server;
    }

    static synchronized void release(Path dataDirectory) {
        Path directory = key(dataDirectory);
        int left = users.merge(directory, -1, Integer::sum);
        if (left <= 0) {
            users.remove(directory);
            stop(running.remove(directory));
            EmbeddedPostgresServer.class.notifyAll();
        }
    }

    private static Path key(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize();
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
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL 17 is running on port {} with its data in {}", server.getPort(), directory);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailable(directory, e);
        }
    }

    /** At JVM exit, give the application contexts time to close their pools, then stop what is left. */
    private static void registerShutdownHookOnce() {
        if (shutdownHookRegistered) {
            return;
        }
        shutdownHookRegistered = true;
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenUnused, "embedded-pg-stop"));
    }

    private static synchronized void stopWhenUnused() {
        long deadline = System.currentTimeMillis() + LAST_USER_GRACE_MILLIS;
        try {
            while (!running.isEmpty() && System.currentTimeMillis() < deadline) {
                EmbeddedPostgresServer.class.wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.values().forEach(EmbeddedPostgresServer::stop);
        running.clear();
    }

    private static void stop(EmbeddedPostgres server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
