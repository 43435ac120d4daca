package nl.ketenwijs.system.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.AccountDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** Each role's start page shows what is theirs, and the menu shows only where they may go. */
class HomePerRoleIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Test
    void aCompanyEditorSeesTheBranchesOfTheCompany() throws Exception {
        home("editor@cacaohuis-zaandam.example")
                .andExpect(content().string(containsString("You keep your company&#39;s chains")))
                .andExpect(content().string(containsString("Levensmiddelenindustrie Nederland")))
                .andExpect(content().string(not(containsString("Active accounts in your organisation"))));
    }

    @Test
    void aCompanyAdminSeesThePeopleOfTheCompany() throws Exception {
        home("admin@cacaohuis-zaandam.example")
                .andExpect(content().string(containsString("Active accounts in your organisation")))
                .andExpect(content().string(containsString("<p class=\"figure\">3</p>")));
    }

    @Test
    void branchStaffSeeTheirMembersInNumbersOnly() throws Exception {
        home("staf@vereniging-specerijen-en-kruiden.example")
                .andExpect(content().string(containsString("Member companies")))
                .andExpect(content().string(not(containsString("Vanillehuis Delft"))));
    }

    @Test
    void aPartnerSeesTheCovenantInNumbers() throws Exception {
        home("lid@fair-harvest-alliance.example")
                .andExpect(content().string(containsString(" of them SMEs), ")))
                .andExpect(content().string(containsString(" branch organisations and ")))
                .andExpect(content().string(not(containsString("Cacaohuis Zaandam"))));
    }

    @Test
    void theMenuMarksThePageYouAreOn() throws Exception {
        home("viewer@cacaohuis-zaandam.example")
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andExpect(content().string(containsString("Log out")));
    }

    @Test
    void whoHasNoSecondFactorIsAskedToAddOne() throws Exception {
        home("viewer@cacaohuis-zaandam.example")
                .andExpect(content().string(containsString("Protect your account with a second factor")));
        home("admin@secretariaat.example")
                .andExpect(content().string(not(containsString("Protect your account with a second factor"))));
    }

    @Test
    void aCompanyAdminHearsOfInvitationsThatLapsed() throws Exception {
        jdbc.sql("""
                        INSERT INTO invitation (id, organisation_id, email, display_name, role, language, token_hash,
                                                created_at, expires_at)
                        SELECT gen_random_uuid(), id, ?, 'Verlopen', 'COMPANY_EDITOR', 'nl', ?,
                               now() - interval '8 days', now() - interval '1 day'
                          FROM organisation WHERE name = 'Chocolaterie Amstel'
                        """)
                .params(
                        "verlopen-" + UUID.randomUUID() + "@example.org",
                        UUID.randomUUID().toString())
                .update();
        home("admin@chocolaterie-amstel.example")
                .andExpect(content().string(containsString("1 invitation(s) expired without being followed")));
        home("admin@cacaohuis-zaandam.example")
                .andExpect(content().string(not(containsString("invitation(s) expired"))));
    }

    @Test
    void theSecretariatAdminHearsOfWaitingMailsAndOrganisationsWithoutPeople() throws Exception {
        jdbc.sql("""
                        INSERT INTO mail_outbox (id, recipient, language, subject, body, created_at, next_attempt_at)
                        VALUES (gen_random_uuid(), 'iemand@example.org', 'nl', 'Uitnodiging', 'link', now(), now())
                        """).update();
        jdbc.sql("INSERT INTO organisation (id, kind, name) VALUES (gen_random_uuid(), 'PARTNER', ?)")
                .param("Partner zonder mensen " + UUID.randomUUID())
                .update();
        home("admin@secretariaat.example")
                .andExpect(content().string(containsString("mail(s) wait in the outbox")))
                .andExpect(content().string(containsString("organisation(s) have nobody with an account yet")));
        home("reviewer@secretariaat.example").andExpect(content().string(not(containsString("wait in the outbox"))));
    }

    private ResultActions home(String username) throws Exception {
        return mvc.perform(get("/").param("lang", "en").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk());
    }
}
