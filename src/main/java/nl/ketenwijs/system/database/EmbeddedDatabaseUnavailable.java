package nl.ketenwijs.system.database;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start here; the message tells the user what to do instead. */
class EmbeddedDatabaseUnavailable extends IllegalStateException {

    EmbeddedDatabaseUnavailable(Path dataDirectory, Throwable cause) {
        super("""
                Ketenwijs could not start its embedded PostgreSQL in %s (%s). \
                When running as root the server is started in a user namespace (unshare -U); some containers \
                block that. Point Ketenwijs at a PostgreSQL server instead by setting SPRING_DATASOURCE_URL \
                (with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD).""".formatted(dataDirectory, cause.getMessage()), cause);
    }
}
