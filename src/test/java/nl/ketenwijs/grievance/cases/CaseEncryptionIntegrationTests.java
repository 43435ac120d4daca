package nl.ketenwijs.grievance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.grievance.intake.Submissions;
import nl.ketenwijs.grievance.intake.Submitted;
import nl.ketenwijs.grievance.receipt.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseEncryptionIntegrationTests extends PortalIntegrationTest {

    private static final String CANARY_TEXT = "canary-content-5f2e9a";
    private static final String CANARY_PHONE = "+233 24 555 0199";

    @Autowired
    Submissions submissions;

    @Autowired
    Cases cases;

    @Autowired
    CaseKeys keys;

    @Autowired
    ComplaintsScope scope;

    @Test
    void contentAndContactAreStoredOnlyEncryptedAndOpenWithTheCaseKey() {
        UUID caseId = submitted();
        assertThat(bytesContain("content", caseId, CANARY_TEXT)).isFalse();
        assertThat(bytesContain("contact", caseId, CANARY_PHONE)).isFalse();
        assertThat(complaints
                        .sql("SELECT wrapped_key FROM grievance_case_key WHERE case_id = ?")
                        .param(caseId)
                        .query(String.class)
                        .single())
                .startsWith("v1:");

        CaseFile file = scope.read(() -> cases.file(caseId));
        assertThat(file.content().whatHappened()).isEqualTo(CANARY_TEXT);
        assertThat(file.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(file.acknowledgeBy()).isEqualTo(file.receivedAt().plus(java.time.Duration.ofDays(7)));
        assertThat(scope.read(() -> cases.contact(caseId)))
                .get()
                .extracting(Contact::phone)
                .isEqualTo(CANARY_PHONE);
    }

    @Test
    void deletingTheCaseKeyMakesTheCaseUnreadable() {
        UUID caseId = submitted();
        scope.write(() -> {
            cases.addMessage(caseId, Author.COMPLAINANT, MessageKind.INFORMATION, "more", java.time.Instant.now());
            keys.shred(caseId);
            return null;
        });
        assertThatThrownBy(() -> scope.read(() -> cases.file(caseId))).isInstanceOf(CaseUnreadable.class);
        assertThatThrownBy(() -> scope.read(() -> cases.contact(caseId))).isInstanceOf(CaseUnreadable.class);
        assertThat(bytesContain("content", caseId, CANARY_TEXT)).isFalse();
    }

    @Test
    void contentMovedToAnotherCaseDoesNotOpen() {
        UUID victim = submitted();
        UUID other = submitted();
        complaints
                .sql(
                        "UPDATE grievance_case SET content = (SELECT content FROM grievance_case WHERE id = ?) WHERE id = ?")
                .params(victim, other)
                .update();
        assertThatThrownBy(() -> scope.read(() -> cases.file(other))).isInstanceOf(CaseUnreadable.class);
    }

    @Test
    void outsideTheComplaintsScopeTheTablesAreEmpty() {
        submitted();
        assertThat(jdbc.sql("SELECT count(*) FROM grievance_case")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM grievance_case_key")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private UUID submitted() {
        Complaint complaint = new Complaint(
                new ComplaintContent(CANARY_TEXT, "Ashanti", null, null, null, null, null),
                "GH",
                Set.of(ComplaintTheme.WAGES),
                Gender.WOMAN,
                ChildrenInvolved.NO,
                ContactChannel.PHONE,
                new Contact(null, CANARY_PHONE, null, null, null),
                "en");
        Submitted submitted = submissions.submit(UUID.randomUUID(), complaint, List.of());
        Receipt receipt = ((Submitted.Received) submitted).receipt();
        return complaints
                .sql("SELECT id FROM grievance_case WHERE locator = ?")
                .param(receipt.locator())
                .query(UUID.class)
                .single();
    }

    private boolean bytesContain(String column, UUID caseId, String text) {
        return complaints
                .sql("SELECT position(convert_to(?, 'UTF8') IN " + column + ") > 0 FROM grievance_case WHERE id = ?")
                .params(text, caseId)
                .query(Boolean.class)
                .single();
    }
}
