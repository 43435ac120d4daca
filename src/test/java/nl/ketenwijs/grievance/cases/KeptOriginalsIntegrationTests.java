package nl.ketenwijs.grievance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.grievance.files.CleanFile;
import nl.ketenwijs.grievance.files.FileKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ketenwijs.complaints.keep-originals: off, an original never reaches the database; on, only encrypted. */
class KeptOriginalsIntegrationTests extends PortalIntegrationTest {

    private static final byte[] ORIGINAL =
            "%PDF-1.7 original with canary-original-5f".getBytes(StandardCharsets.US_ASCII);
    private static final CleanFile CLEANED = new CleanFile(FileKind.DOCUMENT, "application/pdf", new byte[] {1, 2});

    @Autowired
    ComplaintsScope scope;

    @Autowired
    CaseKeys keys;

    @Autowired
    JdbcClient application;

    @Test
    void withTheDefaultSettingTheOriginalIsNeverStored() {
        Attachments attachments = new Attachments(application, keys, new KeptOriginals(false));
        UUID caseId = newCase();
        UUID id = scope.write(() -> attachments.attach(caseId, CLEANED, ORIGINAL, Instant.now()));
        assertThat(scope.read(() -> attachments.originalForHandler(caseId, id))).isEmpty();
        assertThat(originalColumnIsNull(id)).isTrue();
    }

    @Test
    void whenKeptTheOriginalIsStoredEncryptedAndOpensForHandlers() {
        Attachments attachments = new Attachments(application, keys, new KeptOriginals(true));
        UUID caseId = newCase();
        UUID id = scope.write(() -> attachments.attach(caseId, CLEANED, ORIGINAL, Instant.now()));
        assertThat(originalColumnIsNull(id)).isFalse();
        assertThat(complaints
                        .sql(
                                "SELECT position(convert_to('canary-original', 'UTF8') IN original) FROM grievance_attachment"
                                        + " WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("encrypted at rest")
                .isZero();
        assertThat(scope.read(() -> attachments.originalForHandler(caseId, id))).hasValue(ORIGINAL);
        assertThat(scope.read(() -> attachments.cleaned(caseId, id))
                        .orElseThrow()
                        .bytes())
                .containsExactly(1, 2);
    }

    private boolean originalColumnIsNull(UUID id) {
        return complaints
                .sql("SELECT original IS NULL FROM grievance_attachment WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    private UUID newCase() {
        try {
            String receipt = receiptOn(mvc.perform(complaint(UUID.randomUUID(), "Originals kept or not"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            return complaints
                    .sql("SELECT id FROM grievance_case WHERE locator = ?")
                    .param(receipt.substring(0, 7))
                    .query(UUID.class)
                    .single();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
