package nl.ketenwijs.organisation.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.ketenwijs.organisation.ApiTokens;
import nl.ketenwijs.organisation.TenantScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class MeApiIntegrationTests {

    static final String CACAOHUIS_EDITOR = "kwdemo-cacaohuis-editor-7f3a9c2e41b8d613";
    static final String KOFFIE_EDITOR = "kwdemo-koffiebranderij-editor-2b6d8e1f5a90c447";
    static final String SECRETARIAT_ADMIN = "kwdemo-secretariaat-admin-9c4e7a1d3f62b805";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantScope tenantScope;

    @Test
    void demoTokenOfACompanyEditorShowsTheUserAndTheirOrganisation() throws Exception {
        String organisationId = jdbc.sql("SELECT id::text FROM organisation WHERE name = 'Cacaohuis Zaandam'")
                .query(String.class)
                .single();
        me(CACAOHUIS_EDITOR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.user.username").value("editor@cacaohuis-zaandam.example"))
                .andExpect(jsonPath("$.user.role").value("COMPANY_EDITOR"))
                .andExpect(jsonPath("$.organisation.id").value(organisationId))
                .andExpect(jsonPath("$.organisation.name").value("Cacaohuis Zaandam"))
                .andExpect(jsonPath("$.organisation.kind").value("COMPANY"));
    }

    @Test
    void eachTokenSpeaksForItsOwnOrganisationOnly() throws Exception {
        me(KOFFIE_EDITOR).andExpect(jsonPath("$.organisation.name").value("Koffiebranderij De Boon"));
        me(SECRETARIAT_ADMIN)
                .andExpect(jsonPath("$.organisation.kind").value("SECRETARIAT"))
                .andExpect(jsonPath("$.user.role").value("SECRETARIAT_ADMIN"));
    }

    @Test
    void missingTokenGets401ProblemJsonNotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().encoding("UTF-8"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void unknownTokenGets401() throws Exception {
        me("kwdemo-not-a-token").andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("Unauthorized")));
    }

    @Test
    void revokedTokenGets401() throws Exception {
        me(tokenOfKoffieEditor("now() + interval '1 day'", "now()")).andExpect(status().isUnauthorized());
    }

    @Test
    void expiredTokenGets401() throws Exception {
        me(tokenOfKoffieEditor("now() - interval '1 second'", "NULL")).andExpect(status().isUnauthorized());
    }

    @Test
    void aFreshTokenOfTheSameUserWorks() throws Exception {
        me(tokenOfKoffieEditor("now() + interval '1 day'", "NULL")).andExpect(status().isOk());
    }

    /** A token of its own per test, so that revoking it leaves the demo tokens alone. */
    private String tokenOfKoffieEditor(String expiresAt, String revokedAt) {
        String token = "kwtest-" + UUID.randomUUID();
        tenantScope.asPlatform(
                () -> jdbc.sql("INSERT INTO api_token (id, user_id, name, token_hash, expires_at, revoked_at)"
                                + " SELECT gen_random_uuid(), id, 'test', :hash, " + expiresAt + ", " + revokedAt
                                + " FROM app_user WHERE username = 'editor@koffiebranderij-de-boon.example'")
                        .param("hash", ApiTokens.storedFormOf(token))
                        .update());
        return token;
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        Integer plain =
                tenantScope.asPlatform(() -> jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash LIKE 'kwdemo-%'")
                        .query(Integer.class)
                        .single());
        org.assertj.core.api.Assertions.assertThat(plain).isZero();
    }

    private ResultActions me(String token) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token));
    }
}
