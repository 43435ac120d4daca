package nl.ketenwijs.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccountLoginIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    PasswordEncoder passwords;

    private String username;
    private UUID userId;

    @BeforeEach
    void anAccountOfACompany() {
        UUID organisation = UUID.randomUUID();
        username = "editor-" + organisation + "@example.org";
        userId = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisation (id, kind, name, size_class) VALUES (?, 'COMPANY', ?, 'SME')")
                .params(organisation, "Company " + organisation)
                .update();
        String hash = passwords.encode(PASSWORD);
        tenantScope.asOrganisation(
                organisation,
                () -> jdbc.sql("INSERT INTO app_user (id, organisation_id, username, display_name, password_hash, role)"
                                + " VALUES (?, ?, ?, ?, ?, 'COMPANY_EDITOR')")
                        .params(userId, organisation, username, "Eva Editor", hash)
                        .update());
    }

    @Test
    void storesPasswordsAsArgon2idHashes() {
        String hash = tenantScope.asPlatform(() -> jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single());
        assertThat(hash).startsWith("$argon2id$");
    }

    @Test
    void rightPasswordOpensTheDashboardInANewSession() throws Exception {
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before)
                .as("the login page keeps its CSRF token in a database session")
                .isNotNull();

        Cookie after = mvc.perform(post("/login")
                        .cookie(before)
                        .with(csrf())
                        .param("username", username)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        assertThat(after).isNotNull();
        assertThat(after.getValue()).as("session fixation protection").isNotEqualTo(before.getValue());
        mvc.perform(get("/").cookie(after).param("lang", "en"))
                .andExpect(content().string(containsString("Welcome, Eva Editor (Company ")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGIN' AND actor_id = ?")
                        .param(userId)
                        .query(Integer.class)
                        .single())
                .as("the login is in the audit log")
                .isEqualTo(1);
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong horse battery"))
                .andExpect(redirectedUrlPattern("/login?error*"));
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        tenantScope.asPlatform(() -> jdbc.sql("UPDATE app_user SET enabled = false WHERE username = ?")
                .param(username)
                .update());
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrlPattern("/login?error*"));
    }
}
