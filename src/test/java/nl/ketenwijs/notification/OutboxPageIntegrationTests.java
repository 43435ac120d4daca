package nl.ketenwijs.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without SMTP (the test default) mails stay in the outbox, where the secretariat admin reads them. */
class OutboxPageIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    TestOrganisations fixtures;
    String email;
    UUID mailId;

    @BeforeEach
    void aMailInTheOutbox() throws Exception {
        fixtures = new TestOrganisations(jdbc, accounts);
        email = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_VIEWER).getUsername();
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        mailId = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }

    @Test
    void theSecretariatAdminSeesTheMailAndItsLink() throws Exception {
        mvc.perform(get("/outbox").with(user(fixtures.secretariatAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Nieuw wachtwoord voor Ketenwijs")))
                .andExpect(content().string(containsString("/outbox/" + mailId)));
        mvc.perform(get("/outbox/" + mailId).with(user(fixtures.secretariatAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*<a href=\"http://localhost:8080/password/reset/[A-Za-z0-9_-]{43}\\?lang=nl\">.*")));
    }

    @Test
    void everyoneElseIsForbidden() throws Exception {
        var companyAdmin = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        var reviewer = accounts.loadUserByUsername("reviewer@secretariaat.example");
        for (var account : new Object[] {companyAdmin, reviewer}) {
            mvc.perform(get("/outbox").with(user((org.springframework.security.core.userdetails.UserDetails) account)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/outbox/" + mailId)
                            .with(user((org.springframework.security.core.userdetails.UserDetails) account)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/outbox")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anUnknownMailIsNotFound() throws Exception {
        mvc.perform(get("/outbox/" + UUID.randomUUID()).with(user(fixtures.secretariatAdmin())))
                .andExpect(status().isNotFound());
    }
}
