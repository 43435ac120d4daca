package nl.ketenwijs.grievance.handling;

import static nl.ketenwijs.grievance.cases.CaseStatus.ACKNOWLEDGED;
import static nl.ketenwijs.grievance.cases.CaseStatus.ADMISSIBILITY;
import static nl.ketenwijs.grievance.cases.CaseStatus.APPEALED;
import static nl.ketenwijs.grievance.cases.CaseStatus.CLOSED;
import static nl.ketenwijs.grievance.cases.CaseStatus.DIALOGUE;
import static nl.ketenwijs.grievance.cases.CaseStatus.MEDIATION;
import static nl.ketenwijs.grievance.cases.CaseStatus.RECEIVED;
import static nl.ketenwijs.grievance.cases.CaseStatus.REMEDY_AGREED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.ketenwijs.grievance.cases.CaseStatus;
import org.junit.jupiter.api.Test;

class CaseFlowTests {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void theProcedureAllowsOnlyItsOwnMoves() {
        assertThat(CaseFlow.next(RECEIVED)).containsExactly(ACKNOWLEDGED);
        assertThat(CaseFlow.next(ADMISSIBILITY)).containsExactly(DIALOGUE, CLOSED);
        assertThat(CaseFlow.next(DIALOGUE)).containsExactly(MEDIATION, REMEDY_AGREED, CLOSED);
        assertThat(CaseFlow.next(CLOSED)).containsExactly(APPEALED);
        assertThat(CaseFlow.next(APPEALED)).containsExactly(CLOSED);
        assertThat(CaseFlow.allows(RECEIVED, CLOSED)).isFalse();
        assertThat(CaseFlow.allows(REMEDY_AGREED, DIALOGUE)).as("no way back").isFalse();
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(CaseFlow.allows(status, status))
                    .as(status + " to itself")
                    .isFalse();
            assertThat(CaseFlow.allows(status, RECEIVED))
                    .as("nothing returns to received")
                    .isFalse();
        }
    }

    @Test
    void theNextDeadlineIsTheAcknowledgementThenTheFeedbackAndNoneOnceBothAreMetOrTheCaseIsClosed() {
        Instant ackBy = NOW.plus(2, ChronoUnit.DAYS);
        Instant feedbackBy = NOW.minus(1, ChronoUnit.DAYS);
        assertThat(Deadline.next(false, ackBy, null, feedbackBy, null, NOW))
                .isEqualTo(new Deadline(Deadline.Kind.ACKNOWLEDGE, ackBy, false));
        assertThat(Deadline.next(false, ackBy, NOW, feedbackBy, null, NOW))
                .isEqualTo(new Deadline(Deadline.Kind.FEEDBACK, feedbackBy, true));
        assertThat(Deadline.next(false, ackBy, NOW, feedbackBy, NOW, NOW)).isNull();
        assertThat(Deadline.next(true, ackBy, null, feedbackBy, null, NOW)).isNull();
    }
}
