package nl.ketenwijs.system.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: with no spring.datasource.url, Ketenwijs runs a real PostgreSQL itself. Boot's own
 * DataSource configuration steps back because this one defines the bean.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "postgres";
    static final String SUPERUSER = "postgres";

    @Bean
    EmbeddedPostgresLease embeddedPostgres(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgresLease lease = new EmbeddedPostgresLease(properties.dataDirectory(), properties.cleanAtStart());
        EmbeddedDatabaseRoles.ensure(lease);
        return lease;
    }

    /**
     * The application's pool connects as the role without table ownership or BYPASSRLS. It depends on
     * the lease, so Spring closes this pool before it lets the server go.
     */
    @Bean
    DataSource dataSource(EmbeddedPostgresLease embeddedPostgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(
                embeddedPostgres.jdbcUrl(EmbeddedDatabaseRoles.APPLICATION, EmbeddedDatabaseRoles.DATABASE));
        dataSource.setUsername(EmbeddedDatabaseRoles.APPLICATION);
        dataSource.setPoolName("ketenwijs-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** Flyway migrates as the owner of the database, as it would on a production server. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgresLease embeddedPostgres) {
        String url = embeddedPostgres.jdbcUrl(EmbeddedDatabaseRoles.OWNER, EmbeddedDatabaseRoles.DATABASE);
        return configuration -> configuration.dataSource(url, EmbeddedDatabaseRoles.OWNER, "");
    }
}
