package nl.ketenwijs.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An organisation admin manages their colleagues, and only theirs. */
class PeopleAdministrationIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    TestOrganisations fixtures;
    UUID company;
    Account admin;
    Account editor;
    UUID otherCompany;
    Account stranger;

    @BeforeEach
    void setUp() {
        fixtures = new TestOrganisations(jdbc, accounts);
        company = fixtures.aCompany();
        admin = fixtures.aPersonIn(company, Role.COMPANY_ADMIN);
        editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
        otherCompany = fixtures.aCompany();
        stranger = fixtures.aPersonIn(otherCompany, Role.COMPANY_EDITOR);
    }

    @Test
    void anAdminSeesTheirPeopleAndChangesARole() throws Exception {
        mvc.perform(get("/organisation/people").with(user(admin)))
                .andExpect(redirectedUrl("/organisations/" + company));
        mvc.perform(get("/organisations/" + company).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(editor.getUsername())));

        mvc.perform(post(personUrl(company, editor, "role"))
                        .with(user(admin))
                        .with(csrf())
                        .param("role", "COMPANY_VIEWER"))
                .andExpect(redirectedUrl("/organisations/" + company))
                .andExpect(flash().attribute("saved", true));

        assertThat(roleOf(editor)).isEqualTo("COMPANY_VIEWER");
        assertThat(audited("ROLE_CHANGED", editor)).isEqualTo(1);
    }

    @Test
    void anAdminDisablesAndEnablesAColleague() throws Exception {
        mvc.perform(post(personUrl(company, editor, "enabled"))
                        .with(user(admin))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/organisations/" + company));
        assertThat(enabled(editor)).isFalse();

        mvc.perform(post(personUrl(company, editor, "enabled"))
                        .with(user(admin))
                        .with(csrf())
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/organisations/" + company));
        assertThat(enabled(editor)).isTrue();
        assertThat(audited("ACCOUNT_DISABLED", editor)).isEqualTo(1);
        assertThat(audited("ACCOUNT_ENABLED", editor)).isEqualTo(1);
    }

    @Test
    void anotherOrganisationAndItsPeopleAreNotFound() throws Exception {
        mvc.perform(get("/organisations/" + otherCompany).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/" + UUID.randomUUID()).with(user(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(post(personUrl(otherCompany, stranger, "role"))
                        .with(user(admin))
                        .with(csrf())
                        .param("role", "COMPANY_ADMIN"))
                .andExpect(status().isNotFound());
        mvc.perform(post(personUrl(company, stranger, "role"))
                        .with(user(admin))
                        .with(csrf())
                        .param("role", "COMPANY_ADMIN"))
                .andExpect(status().isNotFound());
        mvc.perform(post(personUrl(company, stranger, "enabled"))
                        .with(user(admin))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisations/" + otherCompany + "/invitations")
                        .with(user(admin))
                        .with(csrf())
                        .param("email", "iemand-" + UUID.randomUUID() + "@example.org")
                        .param("displayName", "Iemand")
                        .param("role", "COMPANY_ADMIN")
                        .param("language", "NL"))
                .andExpect(status().isNotFound());

        assertThat(roleOf(stranger)).isEqualTo("COMPANY_EDITOR");
        assertThat(enabled(stranger)).isTrue();
    }

    @Test
    void peopleWithoutAnAdminRoleAreForbidden() throws Exception {
        mvc.perform(get("/organisations/" + company).with(user(editor))).andExpect(status().isForbidden());
        mvc.perform(post(personUrl(company, admin, "enabled"))
                        .with(user(editor))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(enabled(admin)).isTrue();
    }

    @Test
    void anAdminCannotChangeTheirOwnAccount() throws Exception {
        mvc.perform(post(personUrl(company, admin, "role"))
                        .with(user(admin))
                        .with(csrf())
                        .param("role", "COMPANY_VIEWER"))
                .andExpect(flash().attribute("problem", "people.refused.ownAccount"));
        mvc.perform(post(personUrl(company, admin, "enabled"))
                        .with(user(admin))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(flash().attribute("problem", "people.refused.ownAccount"));
        assertThat(roleOf(admin)).isEqualTo("COMPANY_ADMIN");
        assertThat(enabled(admin)).isTrue();
    }

    @Test
    void theLastEnabledAdminStays() throws Exception {
        Account secretariat = fixtures.secretariatAdmin();
        mvc.perform(post(personUrl(company, admin, "enabled"))
                        .with(user(secretariat))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(flash().attribute("problem", "people.refused.lastAdmin"));
        mvc.perform(post(personUrl(company, admin, "role"))
                        .with(user(secretariat))
                        .with(csrf())
                        .param("role", "COMPANY_EDITOR"))
                .andExpect(flash().attribute("problem", "people.refused.lastAdmin"));
        assertThat(enabled(admin)).isTrue();
        assertThat(roleOf(admin)).isEqualTo("COMPANY_ADMIN");

        // With a second admin the first one may go.
        mvc.perform(post(personUrl(company, editor, "role"))
                .with(user(secretariat))
                .with(csrf())
                .param("role", "COMPANY_ADMIN"));
        mvc.perform(post(personUrl(company, admin, "enabled"))
                        .with(user(secretariat))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(flash().attribute("saved", true));
        assertThat(enabled(admin)).isFalse();
    }

    @Test
    void aRoleOfAnotherKindOfOrganisationIsRefused() throws Exception {
        mvc.perform(post(personUrl(company, editor, "role"))
                        .with(user(admin))
                        .with(csrf())
                        .param("role", "COMPLAINT_HANDLER"))
                .andExpect(flash().attribute("problem", "invite.role.doesNotFit"));
        assertThat(roleOf(editor)).isEqualTo("COMPANY_EDITOR");
    }

    private static String personUrl(UUID organisation, Account person, String what) {
        return "/organisations/" + organisation + "/people/" + person.userId() + "/" + what;
    }

    private String roleOf(Account person) {
        return jdbc.sql("SELECT role FROM app_user WHERE id = ?")
                .param(person.userId())
                .query(String.class)
                .single();
    }

    private boolean enabled(Account person) {
        return jdbc.sql("SELECT enabled FROM app_user WHERE id = ?")
                .param(person.userId())
                .query(Boolean.class)
                .single();
    }

    private int audited(String action, Account person) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND object_id = ?")
                .params(action, person.userId().toString())
                .query(Integer.class)
                .single();
    }
}
