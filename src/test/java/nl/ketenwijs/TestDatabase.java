package nl.ketenwijs;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Database access for test fixtures, as the application role. */
public final class TestDatabase {

    private TestDatabase() {}

    /**
     * Sees the people and tokens of every organisation, as the platform scope does, so fixtures can set up
     * and inspect rows of any tenant. It opens connections of its own: the session-wide setting must never
     * reach a connection of the application's pool.
     */
    public static JdbcClient platform(DataSource applicationPool) {
        return withSettings(applicationPool, "ketenwijs.platform=on");
    }

    /** Sees the complaint tables, as the grievance module's own transactions do. */
    public static JdbcClient complaints(DataSource applicationPool) {
        return withSettings(applicationPool, "ketenwijs.grievance=on");
    }

    /** As the application role, with these session-wide settings on connections of its own. */
    public static JdbcClient withSettings(DataSource applicationPool, String... settings) {
        try {
            HikariDataSource pool = applicationPool.unwrap(HikariDataSource.class);
            DriverManagerDataSource own =
                    new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
            Properties properties = new Properties();
            properties.setProperty("options", "-c " + String.join(" -c ", settings));
            own.setConnectionProperties(properties);
            return JdbcClient.create(own);
        } catch (SQLException e) {
            throw new IllegalStateException("The application's pool is not a Hikari pool", e);
        }
    }
}
