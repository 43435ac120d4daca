package nl.ketenwijs.system.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.ketenwijs.organisation.TenantContext;
import nl.ketenwijs.organisation.TenantScope;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL the tenant at the start of every transaction, with settings local to that transaction:
 * a pooled connection never carries one request's tenant into the next. Row-level security policies read
 * these settings through {@code kw_tenant()} and {@code kw_platform()}.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    private static final String SET_TENANT =
            "SELECT set_config('ketenwijs.organisation_id', ?, true)," + " set_config('ketenwijs.platform', ?, true)";

    TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        TenantContext tenant = TenantScope.current();
        try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(
                    1,
                    tenant.organisationId() == null
                            ? ""
                            : tenant.organisationId().toString());
            statement.setString(2, tenant.platform() ? "on" : "off");
            statement.execute();
        }
    }
}
