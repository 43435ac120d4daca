package nl.ketenwijs.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.CodeCheck;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.SecondFactors;
import nl.ketenwijs.organisation.TestAccounts;
import nl.ketenwijs.organisation.TestAccounts.Person;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** An admin clears the second factor of a colleague who lost both their phone and their recovery codes. */
class SecondFactorResetIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory directory;

    @Autowired
    SecondFactors secondFactors;

    TestAccounts accounts;
    TestOrganisations organisations;

    @BeforeEach
    void setUp() {
        accounts = testAccounts();
        organisations = new TestOrganisations(jdbc, directory);
    }

    @Test
    void aResetColleagueLosesSessionsAndRecoveryCodesAndLogsInWithThePasswordOnly() throws Exception {
        Person editor = accounts.create(Role.COMPANY_EDITOR, false);
        Account admin = organisations.aPersonIn(editor.key().organisationId(), Role.COMPANY_ADMIN);
        String secret = secondFactors.beginEnrolment(editor.key()).secret();
        List<String> recoveryCodes = secondFactors
                .confirmEnrolment(editor.key(), TestAccounts.code(secret, 0))
                .recoveryCodes();
        Cookie loggedIn = accounts.postCode(
                        accounts.passwordLogin(editor.username()), "code", TestAccounts.code(secret, 1))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/organisations/" + editor.key().organisationId()).with(user(admin)))
                .andExpect(content()
                        .string(containsString(
                                "reset-second-factor-" + editor.key().userId())));

        reset(admin, editor)
                .andExpect(redirectedUrl("/organisations/" + editor.key().organisationId()))
                .andExpect(flash().attribute("secondFactorReset", "Test COMPANY_EDITOR"));
        mvc.perform(get("/organisations/" + editor.key().organisationId()).with(user(admin)))
                .andExpect(content().string(not(containsString("reset-second-factor-"))));

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM app_user
                         WHERE id = ? AND totp_secret IS NULL AND totp_pending_secret IS NULL
                           AND totp_enrolled_at IS NULL AND totp_last_step IS NULL
                        """)
                        .param(editor.key().userId())
                        .query(Integer.class)
                        .single())
                .as("second factor cleared")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = ?")
                        .param(editor.key().userId())
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(get("/").cookie(loggedIn)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").cookie(accounts.passwordLogin(editor.username()))).andExpect(status().isOk());
        assertThat(secondFactors.checkRecoveryCode(editor.key(), recoveryCodes.get(0)))
                .isEqualTo(CodeCheck.REJECTED);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                         WHERE action = 'SECOND_FACTOR_RESET' AND actor_id = ? AND organisation_id = ? AND object_id = ?
                        """)
                        .params(
                                admin.userId(),
                                editor.key().organisationId(),
                                editor.key().userId().toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void inAnOrganisationThatRequiresItTheNextLoginSetsUpANewSecondFactor() throws Exception {
        Person editor = accounts.create(Role.COMPANY_EDITOR, true);
        accounts.enrol(editor);
        reset(organisations.aPersonIn(editor.key().organisationId(), Role.COMPANY_ADMIN), editor)
                .andExpect(flash().attributeExists("secondFactorReset"));
        mvc.perform(get("/").cookie(accounts.passwordLogin(editor.username())))
                .andExpect(redirectedUrl("/login/enrol"));
    }

    @Test
    void secretariatStaffSetUpANewSecondFactorAfterTheSecretariatAdminResetsIt() throws Exception {
        Person reviewer = accounts.create(Role.MONITORING_REVIEWER, false);
        accounts.enrol(reviewer);
        reset(organisations.secretariatAdmin(), reviewer).andExpect(flash().attributeExists("secondFactorReset"));
        mvc.perform(get("/").cookie(accounts.passwordLogin(reviewer.username())))
                .andExpect(redirectedUrl("/login/enrol"));
    }

    @Test
    void anotherOrganisationsPersonIsNotFoundAndKeepsTheirSecondFactor() throws Exception {
        Person stranger = accounts.create(Role.COMPANY_EDITOR, false);
        accounts.enrol(stranger);
        Account admin = organisations.aPersonIn(organisations.aCompany(), Role.COMPANY_ADMIN);

        reset(admin, stranger).andExpect(status().isNotFound());
        mvc.perform(post(resetUrl(admin.organisationId(), stranger))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertEnrolled(stranger);
    }

    @Test
    void anEditorIsForbidden() throws Exception {
        Person colleague = accounts.create(Role.COMPANY_VIEWER, false);
        accounts.enrol(colleague);
        Account editor = organisations.aPersonIn(colleague.key().organisationId(), Role.COMPANY_EDITOR);

        reset(editor, colleague).andExpect(status().isForbidden());

        assertEnrolled(colleague);
    }

    @Test
    void anAdminManagesTheirOwnSecondFactorOnAccountSecurityNotHere() throws Exception {
        Person admin = accounts.create(Role.COMPANY_ADMIN, false);
        accounts.enrol(admin);
        Account self = directory.loadUserByUsername(admin.username());

        mvc.perform(get("/organisations/" + admin.key().organisationId()).with(user(self)))
                .andExpect(content().string(not(containsString("reset-second-factor-"))));
        reset(self, admin).andExpect(flash().attribute("problem", "people.refused.ownAccount"));

        assertEnrolled(admin);
    }

    @Test
    void someoneWithoutASecondFactorHasNothingToReset() throws Exception {
        Person viewer = accounts.create(Role.COMPANY_VIEWER, false);
        Account admin = organisations.aPersonIn(viewer.key().organisationId(), Role.COMPANY_ADMIN);

        reset(admin, viewer).andExpect(flash().attribute("problem", "people.secondFactor.none"));
    }

    private ResultActions reset(Account actor, Person person) throws Exception {
        return mvc.perform(post(resetUrl(person.key().organisationId(), person))
                .with(user(actor))
                .with(csrf()));
    }

    private static String resetUrl(UUID organisation, Person person) {
        return "/organisations/" + organisation + "/people/" + person.key().userId() + "/second-factor/reset";
    }

    private void assertEnrolled(Person person) {
        assertThat(jdbc.sql("SELECT totp_secret IS NOT NULL FROM app_user WHERE id = ?")
                        .param(person.key().userId())
                        .query(Boolean.class)
                        .single())
                .as("still has their second factor")
                .isTrue();
    }
}
