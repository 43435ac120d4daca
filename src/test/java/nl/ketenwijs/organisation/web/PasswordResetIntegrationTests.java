package nl.ketenwijs.organisation.web;

import static nl.ketenwijs.organisation.TestOrganisations.linkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TestOrganisations;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;

/** "Forgot password": a neutral answer, a single-use link of an hour, and old sessions end. */
class PasswordResetIntegrationTests extends WebIntegrationTest {

    private static final String OLD_PASSWORD = "het oude wachtwoord van eva";
    private static final String NEW_PASSWORD = "een nieuw en lang wachtwoord";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PasswordEncoder passwords;

    TestOrganisations fixtures;
    String email;

    @BeforeEach
    void anAccount() {
        fixtures = new TestOrganisations(jdbc, accounts);
        email = fixtures.aPersonIn(fixtures.aCompany(), nl.ketenwijs.organisation.Role.COMPANY_EDITOR)
                .getUsername();
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
                .params(passwords.encode(OLD_PASSWORD), email)
                .update();
    }

    @Test
    void theLoginPageLinksToTheForm() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("href=\"/password/forgot\"")));
        mvc.perform(get("/password/forgot")).andExpect(status().isOk());
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswer() throws Exception {
        String unknown = "niemand-" + UUID.randomUUID() + "@example.org";
        String known = request(email).andReturn().getResponse().getRedirectedUrl();
        String other = request(unknown).andReturn().getResponse().getRedirectedUrl();

        assertThat(known).isEqualTo("/password/forgot?sent").isEqualTo(other);
        assertThat(fixtures.mailsTo(email)).isEqualTo(1);
        assertThat(fixtures.mailsTo(unknown)).isZero();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsEveryOtherSession() throws Exception {
        Cookie oldSession = logIn(OLD_PASSWORD);
        mvc.perform(get("/").cookie(oldSession)).andExpect(status().isOk());

        request(email);
        String link = linkIn(fixtures.latestMailTo(email));
        mvc.perform(get(link)).andExpect(status().isOk());
        reset(link, NEW_PASSWORD).andExpect(redirectedUrl("/login?reset"));

        mvc.perform(get("/").cookie(oldSession)).andExpect(redirectedUrl("/login"));
        assertThat(logIn(NEW_PASSWORD)).isNotNull();
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", OLD_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        reset(link, "nog een ander lang wachtwoord").andExpect(status().isNotFound());
        mvc.perform(get(link)).andExpect(status().isNotFound());
    }

    @Test
    void anExpiredLinkDoesNotWork() throws Exception {
        request(email);
        String link = linkIn(fixtures.latestMailTo(email));
        jdbc.sql("UPDATE password_reset SET expires_at = now() - interval '1 second'"
                        + " WHERE user_id = (SELECT id FROM app_user WHERE username = ?)")
                .param(email)
                .update();

        reset(link, NEW_PASSWORD).andExpect(status().isNotFound());
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", OLD_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWeakPasswordReRendersWithAFieldMessageAndChangesNothing() throws Exception {
        request(email);
        String link = linkIn(fixtures.latestMailTo(email));

        reset(link, "te kort")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Wachtwoord: gebruik minstens 12 tekens.")));
        reset(link, "QWERTYUIOPASDFGH")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("veelgebruikte wachtwoorden")));
        reset(link, email).andExpect(status().isOk());

        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", OLD_PASSWORD))
                .andExpect(redirectedUrl("/"));
        reset(link, NEW_PASSWORD).andExpect(redirectedUrl("/login?reset"));
    }

    @Test
    void aRequestWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/password/forgot").param("email", email)).andExpect(status().isForbidden());
        assertThat(fixtures.mailsTo(email)).isZero();
    }

    @Test
    void requestsPerAddressAreLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            request(email).andExpect(redirectedUrl("/password/forgot?sent"));
        }
        assertThat(fixtures.mailsTo(email)).isEqualTo(3);
    }

    @Test
    void mailsSpeakTheLanguageOfTheirReader() throws Exception {
        request(email);
        assertThat(fixtures.latestMailTo(email)).startsWith("Beste ");

        jdbc.sql("UPDATE app_user SET language = 'en' WHERE username = ?")
                .param(email)
                .update();
        request(email);
        assertThat(fixtures.latestMailTo(email)).startsWith("Dear ").contains("works for 1 hour");
    }

    private ResultActions request(String address) throws Exception {
        return mvc.perform(post("/password/forgot").with(csrf()).param("email", address));
    }

    private ResultActions reset(String link, String password) throws Exception {
        return mvc.perform(post(link).with(csrf()).param("password", password).param("passwordConfirmation", password));
    }

    private Cookie logIn(String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }
}
