package nl.ketenwijs.system.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/** One application context's use of the shared embedded server; closing it lets the server stop. */
final class EmbeddedPostgresLease implements AutoCloseable {

    private final Path dataDirectory;
    private final EmbeddedPostgres server;

    EmbeddedPostgresLease(Path dataDirectory, boolean cleanAtStart) {
        this.dataDirectory = dataDirectory;
        this.server = EmbeddedPostgresServer.acquire(dataDirectory, cleanAtStart);
    }

    String jdbcUrl(String user, String database) {
        return server.getJdbcUrl(user, database);
    }

    @Override
    public void close() {
        EmbeddedPostgresServer.release(dataDirectory);
    }
}
