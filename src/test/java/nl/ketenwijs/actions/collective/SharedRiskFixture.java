package nl.ketenwijs.actions.collective;

import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Companies with register entries on risks of the test's own, so that the sector-wide counts of one test are
 * not mixed with another's or the demo's: each risk has a commodity code no other test uses.
 */
final class SharedRiskFixture {

    /** A company of the fixture with an admin, an editor and a viewer. */
    record Company(UUID id, Account admin, Account editor, Account viewer) {}

    final TestOrganisations organisations;
    private final JdbcClient platform;
    private final JdbcClient app;
    private final TenantScope tenantScope;

    SharedRiskFixture(JdbcClient platform, AccountDirectory accounts, TenantScope tenantScope, JdbcClient app) {
        this.organisations = new TestOrganisations(platform, accounts);
        this.platform = platform;
        this.tenantScope = tenantScope;
        this.app = app;
    }

    /** A risk key of a commodity no one else has: {@code commodity/CIV/child_labour}. */
    static String aRisk(String theme) {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "/CIV/" + theme;
    }

    Company aCompany() {
        UUID id = organisations.aCompany();
        return new Company(
                id,
                organisations.aPersonIn(id, Role.COMPANY_ADMIN),
                organisations.aPersonIn(id, Role.COMPANY_EDITOR),
                organisations.aPersonIn(id, Role.COMPANY_VIEWER));
    }

    /** The register entry of the risk at an inherent level, as the register's evaluation would write it. */
    Company withEntry(Company company, String risk, String level) {
        String[] key = risk.split("/");
        tenantScope.asOrganisation(
                company.id(),
                () -> app.sql("""
                        INSERT INTO register_entry (organisation_id, commodity_code, country_iso3, theme,
                                                    inherent_level, products, evaluated_at)
                        VALUES (?, ?, ?, ?, ?, ARRAY['Reep'], now())
                        """)
                        .params(company.id(), key[0], key[1], key[2], level)
                        .update());
        return company;
    }

    /** The company's judgement of the entry (CONFIRMED, ADJUSTED, DISMISSED). */
    void decide(Company company, String risk, String decision) {
        String[] key = risk.split("/");
        tenantScope.asOrganisation(
                company.id(),
                () -> app.sql("""
                        INSERT INTO register_decision (id, organisation_id, commodity_code, country_iso3, theme,
                                                       decision, severity, likelihood, reason, decided_by)
                        VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, 4, 4, 'Eigen onderzoek', 'test')
                        """)
                        .params(company.id(), key[0], key[1], key[2], decision)
                        .update());
    }

    /** A located supplier of the company. */
    void supplier(Company company, String name, String country) {
        tenantScope.asOrganisation(
                company.id(),
                () -> app.sql("""
                        INSERT INTO supplier (id, organisation_id, name, kind, country_iso3)
                        VALUES (gen_random_uuid(), ?, ?, 'cooperative', ?)
                        """).params(company.id(), name, country).update());
    }

    UUID aPartner() {
        UUID id = UUID.randomUUID();
        platform.sql("INSERT INTO organisation (id, kind, name) VALUES (?, 'PARTNER', ?)")
                .params(id, "Partner " + id)
                .update();
        return id;
    }
}
