package nl.ketenwijs.actions.plan;

import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the plan tests share: companies of their own, and the application's pool to read their rows as them. */
abstract class PlanIntegrationTest extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    PlanFixture aCompanyWithARegister() {
        return new PlanFixture(mvc, jdbc, accounts, tenantScope, appJdbc);
    }

    /** A count as the company itself sees it. */
    int countIn(PlanFixture company, String table) {
        return tenantScope.asOrganisation(
                company.company,
                () -> appJdbc.sql("SELECT count(*) FROM " + table)
                        .query(Integer.class)
                        .single());
    }
}
