package nl.ketenwijs.system.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded server gets the same separation as a production server: Flyway migrates as the owner of
 * the database, the application connects as a role that owns nothing and cannot bypass row-level
 * security. Idempotent, so a restart on an existing data directory changes nothing.
 */
final class EmbeddedDatabaseRoles {

    static final String DATABASE = "ketenwijs";
    static final String OWNER = "ketenwijs_owner";
    static final String APPLICATION = "ketenwijs_app";

    private EmbeddedDatabaseRoles() {}

    static void ensure(EmbeddedPostgresLease server) {
        String url = server.jdbcUrl(EmbeddedDatabaseConfiguration.SUPERUSER, EmbeddedDatabaseConfiguration.DATABASE);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $roles$
                    BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                            CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS;
                        END IF;
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN
                            CREATE ROLE %2$s LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS;
                        END IF;
                    END
                    $roles$""".formatted(OWNER, APPLICATION));
            // CREATE DATABASE cannot run inside a DO block.
            boolean exists = statement
                    .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")
                    .next();
            if (!exists) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create the roles of the embedded database: " + e.getMessage(), e);
        }
    }
}
