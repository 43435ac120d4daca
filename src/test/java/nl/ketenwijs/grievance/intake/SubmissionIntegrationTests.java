package nl.ketenwijs.grievance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SubmissionIntegrationTests extends PortalIntegrationTest {

    @Autowired
    Submissions submissions;

    @Test
    void aComplaintIsAnsweredWithAReceiptThatIsStoredOnlyAsAnArgon2idHash(CapturedOutput output) throws Exception {
        String receipt = receiptOn(submit(UUID.randomUUID(), "The manager keeps our passports"));
        assertIsAReceipt(receipt);
        assertThat(casesWithLocator(receipt)).isOne();
        String hash = complaints
                .sql("SELECT secret_hash FROM grievance_case WHERE locator = ?")
                .param(receipt.substring(0, 7))
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(receipt.substring(7, 19));
        assertThat(everyComplaintRowAsText()).doesNotContain(receipt.substring(7, 19));
        assertThat(output.getAll()).doesNotContain(receipt.substring(7, 19));
    }

    @Test
    void theSameFormPostedAgainIsOneCaseWithTheSameReceipt() throws Exception {
        UUID formKey = UUID.randomUUID();
        String first = receiptOn(submit(formKey, "Wages unpaid since March"));
        String again = receiptOn(submit(formKey, "Wages unpaid since March"));
        assertThat(again).isEqualTo(first);
        assertThat(casesOf(formKey)).isOne();
    }

    @Test
    void tenPostsOfOneFormAtOnceAreOneCaseAndOneReceipt() throws Exception {
        UUID formKey = UUID.randomUUID();
        int threads = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> receipts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<String> post = () -> {
                    start.await();
                    return receiptOn(submit(formKey, "Children carry the bags"));
                };
                receipts.add(pool.submit(post));
            }
            start.countDown();
            Set<String> shown = ConcurrentHashMap.newKeySet();
            for (Future<String> receipt : receipts) {
                shown.add(receipt.get());
            }
            assertThat(shown).hasSize(1);
            assertIsAReceipt(shown.iterator().next());
            assertThat(casesOf(formKey)).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetryAfterTheReceiptWasErasedLearnsOnlyThatTheComplaintArrived() throws Exception {
        UUID formKey = UUID.randomUUID();
        String receipt = receiptOn(submit(formKey, "Land taken"));
        complaints
                .sql("UPDATE grievance_submission SET submitted_at = ? WHERE idempotency_key = ?")
                .params(
                        Instant.now()
                                .minus(Submissions.RETRY_WINDOW)
                                .minusSeconds(60)
                                .atOffset(ZoneOffset.UTC),
                        formKey)
                .update();
        submissions.eraseExpiredReceipts();
        assertThat(complaints
                        .sql("SELECT sealed_receipt FROM grievance_submission WHERE idempotency_key = ?")
                        .param(formKey)
                        .query(String.class)
                        .optional())
                .isEmpty();

        String page = submit(formKey, "Land taken");
        assertThat(receiptOn(page)).isNull();
        assertThat(page).contains("We already have this complaint").doesNotContain(receipt.substring(7, 19));
        assertThat(casesOf(formKey)).isOne();
    }

    @Test
    void theSealedReceiptIsNotTheReceiptInPlainText() throws Exception {
        UUID formKey = UUID.randomUUID();
        String receipt = receiptOn(submit(formKey, "Pesticides sprayed while we work"));
        String sealed = complaints
                .sql("SELECT sealed_receipt FROM grievance_submission WHERE idempotency_key = ?")
                .param(formKey)
                .query(String.class)
                .single();
        assertThat(sealed).startsWith("v1:").doesNotContain(receipt);
    }

    private String submit(UUID formKey, String whatHappened) throws Exception {
        return mvc.perform(complaint(formKey, whatHappened))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int casesOf(UUID formKey) {
        return complaints
                .sql("SELECT count(*) FROM grievance_case c JOIN grievance_submission s ON s.case_id = c.id"
                        + " WHERE s.idempotency_key = ?")
                .param(formKey)
                .query(Integer.class)
                .single();
    }

    private String everyComplaintRowAsText() {
        return String.join("\n", complaints.sql("""
                                SELECT row_to_json(t)::text FROM grievance_case t
                                UNION ALL SELECT row_to_json(t)::text FROM grievance_submission t
                                UNION ALL SELECT row_to_json(t)::text FROM grievance_case_key t
                                """).query(String.class).list());
    }
}
