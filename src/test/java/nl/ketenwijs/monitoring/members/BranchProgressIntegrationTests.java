package nl.ketenwijs.monitoring.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A branch with seven members, five of them SMEs: three SMEs have mapped their chain, one has judged its
 * register, one has a grave gender risk and one dismissed it (which is a judgement too); four have a plan. The branch sees shares, never members.
 */
class BranchProgressIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    /** The application's own pool: company rows are written as the company. */
    @Autowired
    JdbcClient appJdbc;

    TestOrganisations fixtures;
    UUID branch;
    Account staff;
    List<UUID> members = new ArrayList<>();
    List<Account> admins = new ArrayList<>();

    @BeforeEach
    void aBranchWithSevenMembers() {
        fixtures = new TestOrganisations(jdbc, accounts);
        branch = aBranch("Branche " + UUID.randomUUID());
        staff = fixtures.aPersonIn(branch, Role.BRANCH_STAFF);
        for (int i = 0; i < 7; i++) {
            UUID company = fixtures.aCompany();
            if (i >= 5) {
                jdbc.sql("UPDATE organisation SET size_class = 'LARGE' WHERE id = ?")
                        .param(company)
                        .update();
            }
            join(company, branch);
            members.add(company);
            admins.add(fixtures.aPersonIn(company, Role.COMPANY_ADMIN));
        }
        for (int i = 0; i < 3; i++) {
            mapChain(members.get(i));
        }
        judge(members.get(0), "CONFIRMED");
        genderRisk(members.get(1), "HIGH");
        genderRisk(members.get(2), "VERY_HIGH");
        judgeGender(members.get(2), "DISMISSED");
        genderRisk(members.get(3), "MEDIUM");
        plan(members.get(1), true);
        plan(members.get(3), false);
        plan(members.get(4), false);
        plan(members.get(5), false);
    }

    @Test
    void staffSeeSharesPerSizeClassAndDashesForSmallGroups() throws Exception {
        String page = page(get("/branch/progress").with(user(staff)));

        assertThat(page)
                .contains("Keten in kaart gebracht", "3 van 7 (43%)", "3 van 5 (60%)")
                .contains("2 van 7 (29%)")
                .contains("niet hebben afgewezen: 1 van de 7 (14%)")
                .contains("Plan van aanpak", "4 van 7 (57%)")
                .contains("tonen we niet: het zijn er minder dan 5")
                .contains("—")
                .doesNotContain("Company ");
    }

    @Test
    void aBranchWithFewerThanFiveMembersShowsNoFiguresAndCannotMail() throws Exception {
        UUID small = aBranch("Kleine branche " + UUID.randomUUID());
        Account smallStaff = fixtures.aPersonIn(small, Role.BRANCH_STAFF);
        for (int i = 0; i < 4; i++) {
            join(members.get(i), small);
        }

        assertThat(page(get("/branch/progress").with(user(smallStaff))))
                .contains("heeft 4 leden, minder dan 5")
                .doesNotContain("van 4 (");
        assertThat(page(reminder(smallStaff, "MAPPED_CHAIN", "REMINDER")))
                .contains("Met minder dan 5 leden kunt u geen herinnering sturen");
        assertThat(fixtures.mailsTo(admins.get(3).getUsername())).isZero();
    }

    @Test
    void aReminderReachesTheAdministratorsOfTheMembersThatLagOnlyAndOnlyOnceADay() throws Exception {
        mvc.perform(reminder(staff, "MAPPED_CHAIN", "REMINDER").param("message", "Doe mee, het kost een uur."))
                .andExpect(status().is3xxRedirection());

        for (int i = 0; i < 7; i++) {
            assertThat(fixtures.mailsTo(admins.get(i).getUsername()))
                    .as("member %d", i)
                    .isEqualTo(i < 3 ? 0 : 1);
        }
        String mail = fixtures.latestMailTo(admins.get(4).getUsername());
        assertThat(mail)
                .contains("Doe mee, het kost een uur.", "breng uw keten in kaart", "/chain")
                .doesNotContain("Company ");
        assertThat(page(get("/branch/progress").with(user(staff))))
                .contains("Herinnering over \u201cKeten in kaart gebracht\u201d aan 4 leden");

        assertThat(page(reminder(staff, "MAPPED_CHAIN", "REMINDER").param("message", "Nogmaals")))
                .contains("het afgelopen etmaal al zo\u2019n bericht verstuurd");
        assertThat(fixtures.mailsTo(admins.get(4).getUsername())).isEqualTo(1);
    }

    @Test
    void aWorkshopInvitationNeedsADateAndAPlace() throws Exception {
        String refused = page(reminder(staff, "JUDGED_REGISTER", "WORKSHOP").param("message", "Kom ook"));

        assertThat(refused)
                .contains("Geef de datum van de workshop", "Geef de plaats van de workshop")
                .contains("aria-describedby=\"workshopOn-error\"");
        assertThat(fixtures.mailsTo(admins.get(1).getUsername())).isZero();

        mvc.perform(reminder(staff, "JUDGED_REGISTER", "WORKSHOP")
                        .param("message", "Kom ook")
                        .param("workshopOn", LocalDate.now().plusDays(14).toString())
                        .param("workshopPlace", "Zeist"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.latestMailTo(admins.get(1).getUsername())).contains("Plaats: Zeist", "Kom ook");
        assertThat(fixtures.mailsTo(admins.get(0).getUsername()))
                .as("judged already")
                .isZero();
    }

    @Test
    void theSecretariatReadsAnyBranchAndMailsNoOneOthersAreKeptOut() throws Exception {
        Account secretariat = fixtures.secretariatAdmin();

        assertThat(page(get("/branch/progress")
                        .param("branch", branch.toString())
                        .with(user(secretariat))))
                .contains("3 van 7 (43%)")
                .doesNotContain("Versturen");
        mvc.perform(get("/branch/progress")
                        .param("branch", UUID.randomUUID().toString())
                        .with(user(secretariat)))
                .andExpect(status().isNotFound());
        mvc.perform(reminder(secretariat, "MAPPED_CHAIN", "REMINDER").param("message", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/branch/progress").with(user(admins.get(0)))).andExpect(status().isForbidden());

        // Staff of another branch see their own branch whatever they ask for.
        UUID other = aBranch("Andere branche " + UUID.randomUUID());
        assertThat(page(get("/branch/progress")
                        .param("branch", branch.toString())
                        .with(user(fixtures.aPersonIn(other, Role.BRANCH_STAFF)))))
                .contains("heeft 0 leden")
                .doesNotContain("3 van 7");
    }

    private MockHttpServletRequestBuilder reminder(Account account, String indicator, String kind) {
        return post("/branch/progress/reminders")
                .with(user(account))
                .with(csrf())
                .param("indicator", indicator)
                .param("kind", kind);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.param("lang", "nl"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private UUID aBranch(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisation (id, kind, name) VALUES (?, 'BRANCH_ORGANISATION', ?)")
                .params(id, name)
                .update();
        return id;
    }

    private void join(UUID company, UUID branchId) {
        jdbc.sql("INSERT INTO branch_membership (company_id, branch_id) VALUES (?, ?)")
                .params(company, branchId)
                .update();
    }

    private void mapChain(UUID company) {
        asCompany(company, """
                WITH p AS (INSERT INTO product (id, organisation_id, name) VALUES (gen_random_uuid(), :c, 'Reep')
                           RETURNING id),
                     m AS (INSERT INTO raw_material (id, organisation_id, product_id, name, commodity_code)
                           SELECT gen_random_uuid(), :c, id, 'Cacao', 'cocoa' FROM p RETURNING id)
                INSERT INTO material_origin (id, organisation_id, raw_material_id, country_iso3)
                SELECT gen_random_uuid(), :c, id, 'CIV' FROM m
                """);
    }

    private void judge(UUID company, String decision) {
        asCompany(company, """
                INSERT INTO register_decision (id, organisation_id, commodity_code, country_iso3, theme, decision,
                                               decided_by)
                VALUES (gen_random_uuid(), :c, 'cocoa', 'CIV', 'child_labour', '%s', 'test')
                """.formatted(decision));
    }

    private void judgeGender(UUID company, String decision) {
        asCompany(company, """
                INSERT INTO register_decision (id, organisation_id, commodity_code, country_iso3, theme, decision,
                                               reason, decided_by)
                VALUES (gen_random_uuid(), :c, 'vanilla', 'MDG', 'discrimination_gender', '%s', 'Eigen onderzoek',
                        'test')
                """.formatted(decision));
    }

    private void genderRisk(UUID company, String level) {
        asCompany(company, """
                INSERT INTO register_entry (organisation_id, commodity_code, country_iso3, theme, inherent_level,
                                            products, evaluated_at)
                VALUES (:c, 'vanilla', 'MDG', 'discrimination_gender', '%s', '{Vanillesuiker}', now())
                """.formatted(level));
    }

    private void plan(UUID company, boolean genderResponsive) {
        asCompany(company, """
                WITH p AS (INSERT INTO action_plan (id, organisation_id, title, goal, created_by)
                           VALUES (gen_random_uuid(), :c, 'Leefbaar inkomen', 'Doel', 'test') RETURNING id)
                INSERT INTO plan_measure (id, organisation_id, plan_id, title, type, owner_name, owner_email,
                                          due_date, status, gender_responsive)
                SELECT gen_random_uuid(), :c, id, 'Maatregel', 'PREVENT', 'Eigenaar', 'eigenaar@example.org',
                       current_date + 30, 'PLANNED', %s FROM p
                """.formatted(genderResponsive));
    }

    private void asCompany(UUID company, String sql) {
        tenantScope.asOrganisation(
                company, () -> appJdbc.sql(sql).param("c", company).update());
    }
}
