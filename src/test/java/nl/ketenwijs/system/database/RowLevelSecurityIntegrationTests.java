package nl.ketenwijs.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.organisation.TenantScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database's own wall between tenants, tested as the application role the app connects with. */
@SpringBootTest
class RowLevelSecurityIntegrationTests {

    /** Tables with an organisation column that deliberately stay outside row-level security, and why. */
    private static final Map<String, String> NOT_TENANT_TABLES =
            Map.of("audit_event", "append-only metadata without content; the verifier reads the whole chain");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantScope tenantScope;

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowSecurity() {
        Map<String, Object> role = jdbc.sql("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query()
                .singleRow();
        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** A switch that takes no row value is asked once per statement (an init plan), before the tenant. */
    @Test
    void policiesAskTheCrossTenantSwitchesOncePerStatementAndFirst() {
        String perRow = "(?<!SELECT )kw_(platform|sector_aggregate|secretariat)\\(\\)";
        assertThat(jdbc.sql("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'"
                                + " AND (qual ~ :re OR with_check ~ :re)")
                        .param("re", perRow)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT qual FROM pg_policies WHERE policyname = 'register_entry_of_company'")
                        .query(String.class)
                        .single())
                .startsWith("(( SELECT kw_sector_aggregate()")
                .contains("organisation_id = kw_tenant()");
        assertThat(jdbc.sql("SELECT qual FROM pg_policies WHERE policyname = 'app_user_of_tenant'")
                        .query(String.class)
                        .single())
                .startsWith("(( SELECT kw_platform()");
    }

    /** The chain tables a register page reads by the thousand compare each row with the tenant read once. */
    @Test
    void chainTablesReadTheTenantOncePerStatement() {
        assertThat(jdbc.sql("SELECT tablename FROM pg_policies WHERE tablename IN ('product', 'raw_material',"
                                + " 'material_origin') AND qual LIKE '%organisation_id = ( SELECT kw_tenant()%'"
                                + " AND with_check LIKE '%organisation_id = kw_tenant()%'")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("product", "raw_material", "material_origin");
    }

    @Test
    void everyTableWithAnOrganisationIsForcedUnderRowSecurity() {
        List<String> unprotected = jdbc.sql("""
                        SELECT c.relname
                          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relkind = 'r'
                           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                                          AND a.attname IN ('organisation_id', 'user_id') AND NOT a.attisdropped)
                           AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
                         ORDER BY 1
                        """).query(String.class).list();
        assertThat(unprotected).containsExactlyInAnyOrderElementsOf(NOT_TENANT_TABLES.keySet());
    }

    @Test
    void withoutATenantTenantTablesAreEmpty() {
        assertThat(tenantScope.asPlatform(() -> count("SELECT count(*) FROM app_user")))
                .as("the demo sector has users")
                .isPositive();
        assertThat(count("SELECT count(*) FROM app_user")).isZero();
        assertThat(count("SELECT count(*) FROM api_token")).isZero();
    }

    @Test
    void aTenantSeesOnlyItsOwnPeopleAndTokens() {
        UUID cacaohuis = organisation("Cacaohuis Zaandam");
        List<UUID> owners = tenantScope.asOrganisation(
                cacaohuis,
                () -> jdbc.sql("SELECT DISTINCT organisation_id FROM app_user")
                        .query(UUID.class)
                        .list());
        assertThat(owners).containsExactly(cacaohuis);
        int tokens = tenantScope.asOrganisation(
                cacaohuis, () -> count("SELECT count(*) FROM api_token t JOIN app_user u ON u.id = t.user_id"));
        int allTokens = tenantScope.asOrganisation(cacaohuis, () -> count("SELECT count(*) FROM api_token"));
        assertThat(allTokens).isEqualTo(tokens).isPositive();
    }

    @Test
    void aTenantCannotWriteAnotherTenantsPeople() {
        UUID cacaohuis = organisation("Cacaohuis Zaandam");
        UUID koffie = organisation("Koffiebranderij De Boon");

        int updated = tenantScope.asOrganisation(
                cacaohuis,
                () -> jdbc.sql("UPDATE app_user SET display_name = 'overgenomen' WHERE organisation_id = ?")
                        .param(koffie)
                        .update());
        assertThat(updated).isZero();

        assertThatThrownBy(() -> tenantScope.asOrganisation(
                        cacaohuis,
                        () -> jdbc.sql(
                                        "INSERT INTO app_user (id, organisation_id, username, display_name, password_hash, role)"
                                                + " VALUES (gen_random_uuid(), ?, ?, 'Indringer', 'x', 'COMPANY_ADMIN')")
                                .params(koffie, "indringer-" + UUID.randomUUID() + "@example.org")
                                .update()))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void aTenantMayQueueAMailButNotReadTheOutbox() {
        UUID cacaohuis = organisation("Cacaohuis Zaandam");
        UUID mail = UUID.randomUUID();
        tenantScope.asOrganisation(cacaohuis, () -> jdbc.sql("""
                        INSERT INTO mail_outbox (id, recipient, language, subject, body, created_at, next_attempt_at)
                        VALUES (?, 'collega@example.org', 'nl', 'Uitnodiging', 'https://link', now(), now())
                        """).param(mail).update());
        String readAs = "SELECT count(*) FROM mail_outbox WHERE id = '" + mail + "'";
        assertThat(tenantScope.asOrganisation(cacaohuis, () -> count(readAs))).isZero();
        assertThat(tenantScope.asPlatform(() -> count(readAs))).isEqualTo(1);
    }

    @Test
    void theTenantEndsWithItsTransaction() {
        tenantScope.asOrganisation(organisation("Cacaohuis Zaandam"), () -> count("SELECT count(*) FROM app_user"));
        for (int i = 0; i < 20; i++) {
            assertThat(count("SELECT count(*) FROM app_user"))
                    .as("a pooled connection keeps no tenant")
                    .isZero();
        }
    }

    private UUID organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
