package nl.ketenwijs.grievance.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.grievance.cases.CaseKeys;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.receipt.Receipts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class FollowUpIntegrationTests extends PortalIntegrationTest {

    /** Every test guesses from addresses of its own, so that no test is slowed by another's failures. */
    private static final AtomicInteger addresses = new AtomicInteger();

    @Autowired
    CaseKeys keys;

    @Autowired
    ComplaintsScope scope;

    @Test
    void aRightReceiptOpensTheCaseInANewSession() throws Exception {
        String receipt = submitted("The foreman beats the workers");
        Cookie before =
                mvc.perform(get("/klacht/follow")).andReturn().getResponse().getCookie("SESSION");
        String source = newSource();
        MockHttpServletResponse login = mvc.perform(
                        receiptLogin(grouped(receipt), source).cookie(before))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/klacht/case").doesNotContain(receipt);
        Cookie after = login.getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());

        String page = page(get("/klacht/case").cookie(after));
        assertThat(page)
                .contains("The foreman beats the workers")
                .contains("Received")
                .doesNotContain(receipt);
        mvc.perform(get("/klacht/case").cookie(before)).andExpect(status().is3xxRedirection());
        assertThat(complaints
                        .sql("SELECT count(*) FROM grievance_submission WHERE sealed_receipt IS NOT NULL"
                                + " AND case_id = (SELECT id FROM grievance_case WHERE locator = ?)")
                        .param(receipt.substring(0, 7))
                        .query(Integer.class)
                        .single())
                .as("the sealed copy for retries is erased at the first login")
                .isZero();
    }

    @Test
    void wrongAndMalformedReceiptsGetOneAnswerAndAreNeverShownBack() throws Exception {
        String receipt = submitted("Wages withheld");
        String wrongSecret = Receipts.wellFormed(receipt.substring(0, 7) + "000000000000");
        String unknownCase = Receipts.wellFormed("0000000" + receipt.substring(7, 19));
        String source = newSource();
        String wrong = answerTo(wrongSecret, source);
        assertThat(answerTo(unknownCase, source)).isEqualTo(wrong);
        assertThat(answerTo("12345", source)).isEqualTo(wrong);
        assertThat(wrong).contains("We do not know this code.").doesNotContain(wrongSecret);
    }

    @Test
    void twoHundredWrongReceiptsFromOneSourceAreSlowedWhileARealReceiptFromElsewhereWorks() throws Exception {
        String receipt = submitted("Children in the field");
        String attacker = newSource();
        int slowed = 0;
        for (int i = 0; i < 200; i++) {
            String guess = Receipts.wellFormed(String.format("%07d%012d", i, i));
            int answer = mvc.perform(receiptLogin(guess, attacker))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (answer == 429) {
                slowed++;
            }
        }
        // Right after the guesses, while the source's wait (2 s and up) still runs: a login from elsewhere
        // first would take one hash of that time, and on a busy machine the wait could run out meanwhile.
        assertThat(mvc.perform(receiptLogin(receipt, attacker))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the attacker's source waits, even with a right receipt")
                .isEqualTo(429);
        assertThat(slowed).isGreaterThanOrEqualTo(190);
        mvc.perform(receiptLogin(receipt, newSource())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theComplainantAddsInformationAndMessagesWhichAreStoredEncryptedAndShownAsText() throws Exception {
        Cookie session = loggedIn(submitted("Land taken by the plantation"));
        mvc.perform(post("/klacht/case/messages")
                        .cookie(session)
                        .with(csrf())
                        .param("kind", "INFORMATION")
                        .param("text", "It was <b>30</b> hectares, canary-info-71c"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/klacht/case/messages")
                        .cookie(session)
                        .with(csrf())
                        .param("kind", "MESSAGE")
                        .param("text", "When will you call?"))
                .andExpect(status().is3xxRedirection());
        String page = page(get("/klacht/case?sent").cookie(session));
        assertThat(page)
                .contains("It was &lt;b&gt;30&lt;/b&gt; hectares, canary-info-71c")
                .contains("When will you call?")
                .contains("More information about what happened")
                .contains("Your message was sent.");
        assertThat(complaints
                        .sql(
                                "SELECT count(*) FROM grievance_message WHERE position(convert_to('canary-info-71c', 'UTF8') IN body) > 0")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmptyMessageIsNamedAndAnUnreadableOneKeptWithItsMark() throws Exception {
        Cookie session = loggedIn(submitted("Pay cut"));
        String empty = mvc.perform(post("/klacht/case/messages")
                        .cookie(session)
                        .with(csrf())
                        .param("kind", "MESSAGE")
                        .param("text", " "))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("Your text: please write something here.");
        String unreadable = mvc.perform(post("/klacht/case/messages")
                        .cookie(session)
                        .with(csrf())
                        .param("kind", "MESSAGE")
                        .param("text", "before\u0000after"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unreadable).contains("before\uFFFDafter").contains("some signs could not be read");
    }

    @Test
    void anErasedCaseSaysSo() throws Exception {
        String receipt = submitted("Erase me");
        Cookie session = loggedIn(receipt);
        UUID caseId = complaints
                .sql("SELECT id FROM grievance_case WHERE locator = ?")
                .param(receipt.substring(0, 7))
                .query(UUID.class)
                .single();
        scope.write(() -> {
            keys.shred(caseId);
            return null;
        });
        assertThat(page(get("/klacht/case").cookie(session)))
                .contains("This complaint was erased")
                .doesNotContain("Erase me");
    }

    @Test
    void leavingEndsTheSession() throws Exception {
        Cookie session = loggedIn(submitted("Overtime unpaid"));
        mvc.perform(post("/klacht/case/leave").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/klacht/case").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aReceiptWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/klacht/follow").param("receipt", "1234")).andExpect(status().isForbidden());
    }

    private String submitted(String whatHappened) throws Exception {
        String receipt = receiptOn(mvc.perform(complaint(UUID.randomUUID(), whatHappened))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertIsAReceipt(receipt);
        return receipt;
    }

    private Cookie loggedIn(String receipt) throws Exception {
        return mvc.perform(receiptLogin(receipt, newSource()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    /** The page answering a receipt, without its CSRF token, which is masked anew on every page. */
    private String answerTo(String receipt, String source) throws Exception {
        return mvc.perform(receiptLogin(receipt, source))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private static MockHttpServletRequestBuilder receiptLogin(String receipt, String source) {
        return post("/klacht/follow").with(csrf()).param("receipt", receipt).with(request -> {
            request.setRemoteAddr(source);
            return request;
        });
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String newSource() {
        int n = addresses.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String grouped(String receipt) {
        return receipt.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }
}
