package nl.ketenwijs.system.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
        return new EmbeddedPostgresLease(properties.dataDirectory(), properties.cleanAtStart());
    }

    /** Depends on the lease, so Spring closes this pool before it lets the server go. */
    @Bean
    DataSource dataSource(EmbeddedPostgresLease embeddedPostgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embeddedPostgres.jdbcUrl(SUPERUSER, DATABASE));
        dataSource.setUsername(SUPERUSER);
        dataSource.setPoolName("ketenwijs-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
