package nl.ketenwijs.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.TestAccounts.Person;
import nl.ketenwijs.shared.SecretNotOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class SecondFactorLoginIntegrationTests extends WebIntegrationTest {

    @Autowired
    SecondFactors secondFactors;

    private TestAccounts accounts;

    @BeforeEach
    void fixtures() {
        accounts = testAccounts();
    }

    @Test
    void secretariatUserReachesNothingWithoutTheCodeAndEverythingWithItInANewSession() throws Exception {
        Person reviewer = accounts.create(Role.MONITORING_REVIEWER, false);
        String secret = accounts.enrol(reviewer);

        Cookie pending = accounts.passwordLogin(reviewer.username());
        for (String page : List.of("/", "/account/security", "/login/enrol", "/no-such-page")) {
            mvc.perform(get(page).cookie(pending)).andExpect(redirectedUrl("/login/code"));
        }
        mvc.perform(post("/account/security/tokens")
                        .cookie(pending)
                        .with(csrf())
                        .param("name", "sneaky")
                        .param("days", "30"))
                .andExpect(redirectedUrl("/login/code"));
        assertThat(accounts.auditCount(reviewer, "LOGIN"))
                .as("not logged in yet")
                .isZero();

        Cookie loggedIn = accounts.postCode(pending, "code", TestAccounts.code(secret, 0))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        assertThat(loggedIn).isNotNull();
        assertThat(loggedIn.getValue()).as("session id rotates again").isNotEqualTo(pending.getValue());
        mvc.perform(get("/").cookie(loggedIn).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome, Test MONITORING_REVIEWER")));
        mvc.perform(get("/").cookie(pending)).andExpect(redirectedUrl("/login"));
        assertThat(accounts.auditCount(reviewer, "SECOND_FACTOR_PASSED")).isEqualTo(1);
        assertThat(accounts.auditCount(reviewer, "LOGIN")).isEqualTo(1);
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() throws Exception {
        Person handler = accounts.create(Role.COMPLAINT_HANDLER, false);
        String secret = accounts.enrol(handler);
        String code = TestAccounts.code(secret, 0);

        accounts.postCode(accounts.passwordLogin(handler.username()), "code", code)
                .andExpect(redirectedUrl("/"));

        Cookie second = accounts.passwordLogin(handler.username());
        accounts.postCode(second, "code", code)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")));
        mvc.perform(get("/").cookie(second)).andExpect(redirectedUrl("/login/code"));
        accounts.postCode(second, "code", TestAccounts.code(secret, 1)).andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongCodesCountAsFailedLoginsUntilEvenTheRightCodeWaits() throws Exception {
        Person admin = accounts.create(Role.SECRETARIAT_ADMIN, false);
        String secret = accounts.enrol(admin);
        Cookie pending = accounts.passwordLogin(admin.username());

        for (int attempt = 1; attempt <= LoginThrottle.FREE_FAILURES; attempt++) {
            accounts.postCode(pending, "code", "000000").andExpect(status().isOk());
        }

        accounts.postCode(pending, "code", TestAccounts.code(secret, 0))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")));
        mvc.perform(get("/").cookie(pending)).andExpect(redirectedUrl("/login/code"));
        assertPasswordWaits(admin);
    }

    @Test
    void aRightPasswordDoesNotForgetWrongCodes() throws Exception {
        Person admin = accounts.create(Role.SECRETARIAT_ADMIN, false);
        accounts.enrol(admin);
        for (int attempt = 1; attempt <= LoginThrottle.FREE_FAILURES; attempt++) {
            accounts.postCode(accounts.passwordLogin(admin.username()), "code", "000000");
        }
        assertPasswordWaits(admin);
    }

    @Test
    void aRecoveryCodeWorksOnceOnly() throws Exception {
        Person reviewer = accounts.create(Role.MONITORING_REVIEWER, false);
        String recoveryCode = enrolledWithRecoveryCodes(reviewer).get(3);

        accounts.postCode(accounts.passwordLogin(reviewer.username()), "recoveryCode", recoveryCode.toUpperCase())
                .andExpect(redirectedUrl("/"));
        accounts.postCode(accounts.passwordLogin(reviewer.username()), "recoveryCode", recoveryCode)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"recovery-code-error\"")));
        assertThat(accounts.auditCount(reviewer, "RECOVERY_CODE_USED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM recovery_code WHERE code_hash LIKE ?")
                        .param("%" + recoveryCode + "%")
                        .query(Integer.class)
                        .single())
                .as("stored only as hashes")
                .isZero();
    }

    @Test
    void twoRequestsRacingWithOneRecoveryCodeCannotBothWin() throws Exception {
        Person reviewer = accounts.create(Role.MONITORING_REVIEWER, false);
        String recoveryCode = enrolledWithRecoveryCodes(reviewer).get(0);
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<CodeCheck>> attempts = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return secondFactors.checkRecoveryCode(reviewer.key(), recoveryCode);
                }))
                .toList();
        start.countDown();

        assertThat(attempts.stream().map(CompletableFuture::join))
                .containsExactlyInAnyOrder(CodeCheck.ACCEPTED, CodeCheck.REJECTED);
    }

    @Test
    void secretariatUserWithoutSecondFactorMustEnrolBeforeAnythingElse() throws Exception {
        Person admin = accounts.create(Role.SECRETARIAT_ADMIN, false);
        Cookie pending = accounts.passwordLogin(admin.username());
        for (String page : List.of("/", "/login/code", "/account/security")) {
            mvc.perform(get(page).cookie(pending)).andExpect(redirectedUrl("/login/enrol"));
        }

        mvc.perform(get("/login/enrol").cookie(pending).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Set it up now to continue")))
                .andExpect(content().string(containsString("otpauth://totp/Ketenwijs%3A")))
                .andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
                .andExpect(content().string(containsString("inputmode=\"numeric\"")));
        String secret = accounts.pendingSecret(admin);
        mvc.perform(get("/login/enrol").cookie(pending)).andExpect(status().isOk());
        assertThat(accounts.pendingSecret(admin))
                .as("a reload offers the same secret")
                .isEqualTo(secret);

        mvc.perform(post("/login/enrol").cookie(pending).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")));
        var enrolled = mvc.perform(
                        post("/login/enrol").cookie(pending).with(csrf()).param("code", TestAccounts.code(secret, 0)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(Pattern.compile("<code>[a-z2-7]{5}-[a-z2-7]{5}</code>")
                        .matcher(enrolled.getContentAsString())
                        .results())
                .hasSize(RecoveryCodes.COUNT);
        Cookie loggedIn = enrolled.getCookie("SESSION");
        assertThat(loggedIn).isNotNull();
        assertThat(loggedIn.getValue()).isNotEqualTo(pending.getValue());
        mvc.perform(get("/").cookie(loggedIn)).andExpect(status().isOk());
        assertThat(accounts.auditCount(admin, "TOTP_ENROLLED")).isEqualTo(1);
        assertThat(secondFactors.statusOf(admin.key()))
                .isEqualTo(new TotpStatus(true, true, false, RecoveryCodes.COUNT));
    }

    @Test
    void anOrganisationCanRequireTheSecondFactorOfEveryone() throws Exception {
        Person editor = accounts.create(Role.COMPANY_EDITOR, true);
        mvc.perform(get("/").cookie(accounts.passwordLogin(editor.username())))
                .andExpect(redirectedUrl("/login/enrol"));
    }

    @Test
    void companyUserWithoutSecondFactorLogsInWithThePasswordOnly() throws Exception {
        Person editor = accounts.create(Role.COMPANY_EDITOR, false);
        Cookie session = accounts.passwordLogin(editor.username());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/login/code").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void companyUserWhoEnrolledOfTheirOwnAccordGivesACodeToo() throws Exception {
        Person viewer = accounts.create(Role.COMPANY_VIEWER, false);
        accounts.enrol(viewer);
        mvc.perform(get("/").cookie(accounts.passwordLogin(viewer.username()))).andExpect(redirectedUrl("/login/code"));
    }

    @Test
    void demoSecretariatAdminLogsInWithTheDocumentedSecret() throws Exception {
        Cookie pending = accounts.passwordLoginAs("admin@secretariaat.example", "ketenwijs-demo-2026");
        accounts.postCode(pending, "code", TestAccounts.code("KETENWIJSDEMOSECRETARIAATTOTP234", 0))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void enrolmentStoresTheSecretOnlySealedAndItsCodesStillLogIn() throws Exception {
        Person reviewer = accounts.create(Role.MONITORING_REVIEWER, false);
        String secret = secondFactors.beginEnrolment(reviewer.key()).secret();
        assertThat(accounts.storedSecret(reviewer, "totp_pending_secret"))
                .startsWith("v1:")
                .doesNotContain(secret);

        assertThat(secondFactors
                        .confirmEnrolment(reviewer.key(), TestAccounts.code(secret, 0))
                        .check())
                .isEqualTo(CodeCheck.ACCEPTED);

        String stored = accounts.storedSecret(reviewer, "totp_secret");
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        assertThat(accounts.storedSecret(reviewer, "totp_pending_secret")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE totp_secret LIKE ? OR totp_pending_secret LIKE ?")
                        .params("%" + secret + "%", "%" + secret + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
        accounts.postCode(accounts.passwordLogin(reviewer.username()), "code", TestAccounts.code(secret, 1))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSealedSecretCopiedToAnotherPersonDoesNotOpen() {
        Person owner = accounts.create(Role.MONITORING_REVIEWER, false);
        Person thief = accounts.create(Role.MONITORING_REVIEWER, false);
        String secret = accounts.enrol(owner);
        accounts.enrol(thief);
        jdbc.sql("UPDATE app_user SET totp_secret = ? WHERE id = ?")
                .params(accounts.storedSecret(owner, "totp_secret"), thief.key().userId())
                .update();

        assertThatThrownBy(() -> secondFactors.checkCode(thief.key(), TestAccounts.code(secret, 0)))
                .isInstanceOf(SecretNotOpened.class);
    }

    @Test
    void theDatabaseRefusesAPlainSecret() {
        Person reviewer = accounts.create(Role.MONITORING_REVIEWER, false);
        assertThatThrownBy(() -> jdbc.sql("UPDATE app_user SET totp_secret = ?, totp_enrolled_at = now() WHERE id = ?")
                        .params(Totp.newSecret(), reviewer.key().userId())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anonymousVisitorsCannotReachTheSecondStep() throws Exception {
        mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/enrol")).andExpect(redirectedUrl("/login"));
    }

    private void assertPasswordWaits(Person person) throws Exception {
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", person.username())
                        .param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?throttled"));
    }

    private List<String> enrolledWithRecoveryCodes(Person person) {
        String secret = secondFactors.beginEnrolment(person.key()).secret();
        var outcome = secondFactors.confirmEnrolment(person.key(), TestAccounts.code(secret, 0));
        assertThat(outcome.check()).isEqualTo(CodeCheck.ACCEPTED);
        assertThat(outcome.recoveryCodes()).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
        return outcome.recoveryCodes();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
