package nl.ketenwijs.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.ApiTokens;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.SecondFactors;
import nl.ketenwijs.organisation.TestAccounts;
import nl.ketenwijs.organisation.TestAccounts.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

class AccountSecurityIntegrationTests extends WebIntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("kw_[A-Za-z0-9_-]{43}");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-7]{5}-[a-z2-7]{5})</code>");

    @Autowired
    SecondFactors secondFactors;

    private TestAccounts accounts;

    @BeforeEach
    void fixtures() {
        accounts = testAccounts();
    }

    @Test
    void aTokenIsShownOnceWorksOnTheApiAndStopsWorkingWhenRevoked() throws Exception {
        Person editor = accounts.create(Role.COMPANY_EDITOR, false);
        Cookie session = accounts.passwordLogin(editor.username());

        String page = createToken(session, "CI pipeline", "30")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = find(TOKEN, page);

        me(token)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.user.username").value(editor.username()));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? AND token_hint = ?")
                        .params(ApiTokens.storedFormOf(token), token.substring(token.length() - 4))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash LIKE ? OR name LIKE ?")
                        .params("%" + token.substring(3, 20) + "%", "%" + token.substring(3, 20) + "%")
                        .query(Integer.class)
                        .single())
                .as("the value is stored nowhere in plain text")
                .isZero();
        mvc.perform(get("/account/security").cookie(session))
                .andExpect(content().string(containsString("CI pipeline")))
                .andExpect(content().string(not(containsString(token))));

        String id = jdbc.sql("SELECT id::text FROM api_token WHERE token_hash = ?")
                .param(ApiTokens.storedFormOf(token))
                .query(String.class)
                .single();
        mvc.perform(post("/account/security/tokens/" + id + "/revoke")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/security?revoked"));
        me(token).andExpect(status().isUnauthorized());
        assertThat(accounts.auditCount(editor, "API_TOKEN_REVOKED")).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Person editor = accounts.create(Role.COMPANY_EDITOR, false);
        String token = find(
                TOKEN,
                createToken(accounts.passwordLogin(editor.username()), "short", "30")
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?")
                .param(ApiTokens.storedFormOf(token))
                .update();
        me(token).andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        Person owner = accounts.create(Role.COMPANY_EDITOR, false);
        Person other = accounts.create(Role.COMPANY_EDITOR, false);
        String token = find(
                TOKEN,
                createToken(accounts.passwordLogin(owner.username()), "mine", "90")
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String id = jdbc.sql("SELECT id::text FROM api_token WHERE token_hash = ?")
                .param(ApiTokens.storedFormOf(token))
                .query(String.class)
                .single();
        mvc.perform(post("/account/security/tokens/" + id + "/revoke")
                        .cookie(accounts.passwordLogin(other.username()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        me(token).andExpect(status().isOk());
    }

    @Test
    void aTokenNeedsANameAndAnOfferedLifetime() throws Exception {
        Person editor = accounts.create(Role.COMPANY_EDITOR, false);
        Cookie session = accounts.passwordLogin(editor.username());
        createToken(session, " ", "30")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")));
        createToken(session, "forever", "3650")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"days-error\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t JOIN app_user u ON u.id = t.user_id"
                                + " WHERE u.username = ?")
                        .param(editor.username())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void companyUserEnrolsFromTheSecurityPageAndMayTurnItOffAgain() throws Exception {
        Person viewer = accounts.create(Role.COMPANY_VIEWER, false);
        Cookie session = accounts.passwordLogin(viewer.username());
        mvc.perform(get("/account/security/totp").cookie(session)).andExpect(status().isOk());
        String secret = accounts.pendingSecret(viewer);

        String codes = mvc.perform(post("/account/security/totp")
                        .cookie(session)
                        .with(csrf())
                        .param("code", TestAccounts.code(secret, 0)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String firstCode = find(RECOVERY_CODE, codes);

        String regenerated = mvc.perform(
                        post("/account/security/recovery-codes").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(regenerated).doesNotContain(firstCode);
        accounts.postCode(accounts.passwordLogin(viewer.username()), "recoveryCode", firstCode)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"recovery-code-error\"")));

        mvc.perform(post("/account/security/totp/disable").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/account/security?disabled"));
        mvc.perform(get("/").cookie(accounts.passwordLogin(viewer.username()))).andExpect(status().isOk());
        assertThat(accounts.auditCount(viewer, "TOTP_DISABLED")).isEqualTo(1);
    }

    @Test
    void aRequiredSecondFactorCannotBeTurnedOff() {
        Person handler = accounts.create(Role.COMPLAINT_HANDLER, false);
        accounts.enrol(handler);
        assertThat(secondFactors.disable(handler.key())).isFalse();
        assertThat(secondFactors.statusOf(handler.key()).enrolled()).isTrue();
    }

    @Test
    void companyAdminRequiresTheSecondFactorForTheWholeCompany() throws Exception {
        Person admin = accounts.create(Role.COMPANY_ADMIN, false);
        Cookie session = accounts.passwordLogin(admin.username());
        mvc.perform(get("/account/security").cookie(session))
                .andExpect(content().string(containsString("id=\"requireTotp\"")));

        mvc.perform(post("/account/security/organisation")
                        .cookie(session)
                        .with(csrf())
                        .param("requireTotp", "true"))
                .andExpect(redirectedUrl("/account/security?saved"));

        assertThat(jdbc.sql("SELECT require_totp FROM organisation WHERE id = ?")
                        .param(admin.key().organisationId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(get("/").cookie(accounts.passwordLogin(admin.username()))).andExpect(redirectedUrl("/login/enrol"));
    }

    @Test
    void onlyOrganisationAdminsSetTheRule() throws Exception {
        Person editor = accounts.create(Role.COMPANY_EDITOR, false);
        Cookie session = accounts.passwordLogin(editor.username());
        mvc.perform(get("/account/security").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"requireTotp\""))));
        mvc.perform(post("/account/security/organisation")
                        .cookie(session)
                        .with(csrf())
                        .param("requireTotp", "true"))
                .andExpect(status().isForbidden());
    }

    private ResultActions createToken(Cookie session, String name, String days) throws Exception {
        return mvc.perform(post("/account/security/tokens")
                .cookie(session)
                .with(csrf())
                .param("name", name)
                .param("days", days));
    }

    private ResultActions me(String token) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
    }
}
