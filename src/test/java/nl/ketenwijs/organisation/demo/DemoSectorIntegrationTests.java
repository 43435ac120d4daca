package nl.ketenwijs.organisation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DemoSectorIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    DemoSector demoSector;

    @Test
    void hasThreeBranchesTheSecretariatTwoPartnersAndFortyCompaniesMostlySmes() {
        // Other tests make branch organisations of their own in the same database: count the demo's.
        assertThat(count("SELECT count(*) FROM organisation WHERE kind = 'BRANCH_ORGANISATION' AND name IN ("
                        + quoted(DemoSectorData.BRANCHES) + ")"))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM organisation WHERE kind = 'SECRETARIAT'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM organisation WHERE kind = 'PARTNER' AND name IN ("
                        + quoted(DemoSectorData.PARTNERS) + ")"))
                .isEqualTo(2);
        // Other tests register companies in the same database: count the demo's own.
        String demo = " AND name IN (" + companyNames() + ")";
        int companies = count(
                "SELECT count(*) FROM organisation WHERE id IN (SELECT company_id FROM branch_membership)" + demo);
        int smes = count("SELECT count(*) FROM organisation WHERE size_class = 'SME'"
                + " AND id IN (SELECT company_id FROM branch_membership)" + demo);
        assertThat(companies).isEqualTo(40);
        assertThat(smes * 100 / companies).isGreaterThanOrEqualTo(60);
    }

    @Test
    void everyCompanyBelongsToABranchAndHasAnAdmin() {
        assertThat(count("SELECT count(*) FROM organisation o WHERE o.kind = 'COMPANY'"
                        + " AND o.name IN (" + companyNames() + ")"
                        + " AND (NOT EXISTS (SELECT 1 FROM branch_membership m WHERE m.company_id = o.id)"
                        + "  OR NOT EXISTS (SELECT 1 FROM app_user u WHERE u.organisation_id = o.id"
                        + "                 AND u.role = 'COMPANY_ADMIN'))"))
                .isZero();
    }

    @Test
    void everyRoleHasADemoUser() {
        List<String> roles = tenantScope.asPlatform(
                () -> jdbc.sql("SELECT DISTINCT role FROM app_user WHERE username LIKE '%.example'")
                        .query(String.class)
                        .list());
        for (Role role : Role.values()) {
            assertThat(roles).contains(role.name());
        }
    }

    @Test
    void loadingTwiceChangesNothing() {
        int organisations = count("SELECT count(*) FROM organisation");
        int users = count("SELECT count(*) FROM app_user");
        int tokens = count("SELECT count(*) FROM api_token");

        demoSector.run(new DefaultApplicationArguments());

        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(organisations);
        assertThat(count("SELECT count(*) FROM app_user")).isEqualTo(users);
        assertThat(count("SELECT count(*) FROM api_token")).isEqualTo(tokens);
    }

    @Test
    void secretariatSecretsAreStoredSealedAndASecondLoadLeavesThem() {
        List<String> stored = secretariatSecrets();

        demoSector.run(new DefaultApplicationArguments());

        assertThat(stored)
                .hasSize(3)
                .allSatisfy(secret ->
                        assertThat(secret).startsWith("v1:").doesNotContain(DemoSector.SECRETARIAT_TOTP_SECRET));
        assertThat(stored).doesNotHaveDuplicates();
        assertThat(secretariatSecrets()).isEqualTo(stored);
    }

    private List<String> secretariatSecrets() {
        return tenantScope.asPlatform(
                () -> jdbc.sql("SELECT totp_secret FROM app_user WHERE username IN (:names)" + " ORDER BY username")
                        .param("names", DemoSector.SECRETARIAT_ACCOUNTS)
                        .query(String.class)
                        .list());
    }

    @Test
    void slugsAreAsciiAndReadable() {
        assertThat(DemoSector.slug("Zuivelcoöperatie Het Weiland")).isEqualTo("zuivelcooperatie-het-weiland");
        assertThat(DemoSector.slug("Kaneel & Co")).isEqualTo("kaneel-co");
    }

    private String companyNames() {
        return quoted(DemoSectorData.COMPANIES.stream().map(DemoCompany::name).toList());
    }

    private static String quoted(List<String> names) {
        return String.join(
                ",", names.stream().map(n -> "'" + n.replace("'", "''") + "'").toList());
    }

    /** Counts across every organisation, as the demo loader itself writes them. */
    private int count(String sql) {
        return tenantScope.asPlatform(() -> jdbc.sql(sql).query(Integer.class).single());
    }
}
