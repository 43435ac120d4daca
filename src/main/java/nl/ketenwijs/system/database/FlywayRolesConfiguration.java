package nl.ketenwijs.system.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the migrations which role the application connects as, so that {@code afterMigrate.sql} grants it
 * row access and nothing more. Read from the application's own pool, so it is right for the embedded
 * database and for any server.
 */
@Configuration(proxyBeanMethods = false)
class FlywayRolesConfiguration {

    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DataSource dataSource) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("app_role", currentUser(dataSource));
            configuration.placeholders(placeholders);
        };
    }

    private static String currentUser(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_user")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the database who the application is", e);
        }
    }
}
