package nl.ketenwijs.system.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. Tests point it at a throw-away directory and let it be
 * wiped at start; the application keeps it under ./data so that data survives a restart.
 */
@ConfigurationProperties("ketenwijs.embedded-database")
record EmbeddedDatabaseProperties(Path dataDirectory, boolean cleanAtStart) {

    EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
    }
}
