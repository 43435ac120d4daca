package nl.ketenwijs.grievance.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.ClosingReason;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.cases.Transitions;
import nl.ketenwijs.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseTransitionsIntegrationTests extends HandlingIntegrationTest {

    @Autowired
    CaseHandling handling;

    @Autowired
    Transitions transitions;

    @Autowired
    ComplaintsScope scope;

    @Test
    void aCaseMovesAlongTheGraphAndEveryMoveIsRecordedWithWhoAndWhen() throws Exception {
        UUID caseId = newCase("Wages unpaid for months");
        UUID handler =
                testAccounts().create(Role.COMPLAINT_HANDLER, false).key().userId();

        handling.move(caseId, 0, CaseStatus.ACKNOWLEDGED, null, "Called the partner", handler);
        handling.move(caseId, 1, CaseStatus.ADMISSIBILITY, null, null, handler);
        handling.move(caseId, 2, CaseStatus.CLOSED, ClosingReason.NOT_ADMISSIBLE, null, handler);

        var history = scope.read(() -> transitions.history(caseId));
        assertThat(history)
                .extracting(t -> t.to())
                .containsExactly(
                        CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.ADMISSIBILITY, CaseStatus.CLOSED);
        assertThat(history.get(0).by()).isNull();
        assertThat(history.get(1).by()).isEqualTo(handler);
        assertThat(history.get(1).note()).isEqualTo("Called the partner");
        assertThat(history.get(3).closingReason()).isEqualTo(ClosingReason.NOT_ADMISSIBLE);
        assertThat(complaints
                        .sql("SELECT count(*) FROM grievance_case_transition WHERE case_id = ?"
                                + " AND note IS NOT NULL AND position('Called' in convert_from(note, 'LATIN1')) = 0")
                        .param(caseId)
                        .query(Integer.class)
                        .single())
                .as("the note is stored encrypted")
                .isEqualTo(1);
        var row = complaints
                .sql("SELECT status, acknowledged_at, feedback_given_at, closed_at, closing_reason"
                        + " FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("acknowledged_at")).isNotNull();
        assertThat(row.get("feedback_given_at"))
                .as("closing tells the person the outcome")
                .isNotNull();
        assertThat(row.get("closing_reason")).isEqualTo("NOT_ADMISSIBLE");
    }

    @Test
    void aMoveOutsideTheGraphAStaleFormAndAClosingWithoutReasonAreRefused() throws Exception {
        UUID caseId = newCase("Land taken");
        UUID handler =
                testAccounts().create(Role.COMPLAINT_HANDLER, false).key().userId();

        assertThatThrownBy(() -> handling.move(caseId, 0, CaseStatus.DIALOGUE, null, null, handler))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.why()).isEqualTo(TransitionRefused.Why.NOT_ALLOWED));
        handling.move(caseId, 0, CaseStatus.ACKNOWLEDGED, null, null, handler);
        assertThatThrownBy(() -> handling.move(caseId, 0, CaseStatus.ACKNOWLEDGED, null, null, handler))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.why()).isEqualTo(TransitionRefused.Why.STALE));
        handling.move(caseId, 1, CaseStatus.ADMISSIBILITY, null, null, handler);
        assertThatThrownBy(() -> handling.move(caseId, 2, CaseStatus.CLOSED, null, null, handler))
                .isInstanceOfSatisfying(
                        TransitionRefused.class,
                        e -> assertThat(e.why()).isEqualTo(TransitionRefused.Why.REASON_REQUIRED));
        assertThat(statusOf(caseId)).isEqualTo("ADMISSIBILITY");
        assertThat(complaints
                        .sql("SELECT count(*) FROM grievance_case_transition WHERE case_id = ?")
                        .param(caseId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void feedbackCountsAsGivenAtTheFirstReplyAfterTheAcknowledgementOnly() throws Exception {
        UUID caseId = newCase("Pesticides sprayed on us");
        UUID handler =
                testAccounts().create(Role.COMPLAINT_HANDLER, false).key().userId();

        handling.reply(caseId, "We read your complaint");
        assertThat(column(caseId, "feedback_given_at")).isNull();
        handling.move(caseId, 0, CaseStatus.ACKNOWLEDGED, null, null, handler);
        handling.reply(caseId, "We are looking into it");
        Object first = column(caseId, "feedback_given_at");
        assertThat(first).isNotNull();
        handling.reply(caseId, "Still looking");
        assertThat(column(caseId, "feedback_given_at")).isEqualTo(first);
    }

    private Object column(UUID caseId, String column) {
        return complaints
                .sql("SELECT " + column + " FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query()
                .singleRow()
                .get(column);
    }
}
