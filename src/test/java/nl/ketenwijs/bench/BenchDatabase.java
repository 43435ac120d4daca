package nl.ketenwijs.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContext;

/**
 * Connections to the bench's throw-away embedded database as its superuser. Every company table forces
 * row-level security, on its owner too, so only the superuser writes a whole sector in one statement and
 * sees every company's register state; the application itself still runs as its own role.
 */
final class BenchDatabase {

    private static final String SUPERUSER = "postgres";

    private final String url;

    private BenchDatabase(String url) {
        this.url = url;
    }

    /** The address Flyway migrated through (the owner's), for the superuser of the same server. */
    static BenchDatabase of(ApplicationContext context) {
        String ownerUrl = context.getBean(Flyway.class).getConfiguration().getUrl();
        return new BenchDatabase(ownerUrl.replaceAll("user=[^&]*", "user=" + SUPERUSER));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
