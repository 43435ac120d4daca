package nl.ketenwijs.grievance.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.Author;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.Cases;
import nl.ketenwijs.grievance.cases.ClosingReason;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.cases.MessageKind;
import nl.ketenwijs.grievance.cases.Transitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A handler's work on a case: moving it along the procedure and answering the complainant. Every change
 * locks the case row and checks the revision the handler's form was made from, so a form made before a
 * colleague moved the case is refused instead of undoing that move.
 *
 * <p>When the clocks count as met: acknowledgement at the move to ACKNOWLEDGED; feedback (3 months) at the
 * first of a handler's message to the complainant once the case is acknowledged, or a move into dialogue or
 * any later stage (mediation, remedy agreed, closed, appealed), since each of those tells the person how
 * their complaint is being dealt with.
 */
@Service
public class CaseHandling {

    private final ComplaintsScope scope;
    private final Cases cases;
    private final Transitions transitions;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseHandling(ComplaintsScope scope, Cases cases, Transitions transitions, JdbcClient jdbc, Clock clock) {
        this.scope = scope;
        this.cases = cases;
        this.transitions = transitions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Current(CaseStatus status, int revision) {}

    /**
     * Moves the case to the next stage.
     *
     * @throws TransitionRefused when the graph has no such move, the form is stale, or a closing has no reason
     * @throws CaseNotFound when there is no such case
     */
    public void move(UUID caseId, int formRevision, CaseStatus to, ClosingReason reason, String note, UUID handler) {
        scope.write(() -> {
            Current current = lock(caseId);
            if (current.revision() != formRevision) {
                throw new TransitionRefused(TransitionRefused.Why.STALE);
            }
            if (!CaseFlow.allows(current.status(), to)) {
                throw new TransitionRefused(TransitionRefused.Why.NOT_ALLOWED);
            }
            if (to == CaseStatus.CLOSED && reason == null) {
                throw new TransitionRefused(TransitionRefused.Why.REASON_REQUIRED);
            }
            ClosingReason kept = to == CaseStatus.CLOSED ? reason : null;
            Instant now = clock.instant();
            var at = now.atOffset(ZoneOffset.UTC);
            jdbc.sql("""
                            UPDATE grievance_case
                               SET status = :to, revision = revision + 1,
                                   acknowledged_at = CASE WHEN :to = 'ACKNOWLEDGED'
                                                          THEN coalesce(acknowledged_at, :at) ELSE acknowledged_at END,
                                   feedback_given_at = CASE WHEN :feedback
                                                            THEN coalesce(feedback_given_at, :at) ELSE feedback_given_at END,
                                   closed_at = CASE WHEN :to = 'CLOSED' THEN :at END,
                                   closing_reason = :reason
                             WHERE id = :id
                            """)
                    .param("to", to.name())
                    .param("at", at)
                    .param("feedback", CaseFlow.givesFeedback(to))
                    .param("reason", kept == null ? null : kept.name())
                    .param("id", caseId)
                    .update();
            transitions.record(caseId, current.status(), to, now, handler, kept, note);
            return null;
        });
    }

    /**
     * A message from the handler to the complainant, encrypted under the case key; the first one after the
     * acknowledgement meets the feedback deadline.
     */
    public void reply(UUID caseId, String text) {
        scope.write(() -> {
            lock(caseId);
            Instant now = clock.instant();
            cases.addMessage(caseId, Author.HANDLER, MessageKind.MESSAGE, text, now);
            jdbc.sql("""
                            UPDATE grievance_case
                               SET feedback_given_at = CASE WHEN acknowledged_at IS NOT NULL
                                                            THEN coalesce(feedback_given_at, ?)
                                                            ELSE feedback_given_at END
                             WHERE id = ?
                            """).params(now.atOffset(ZoneOffset.UTC), caseId).update();
            return null;
        });
    }

    /** Locks the case row until the transaction ends, so two handlers' changes follow one another. */
    private Current lock(UUID caseId) {
        return jdbc.sql("SELECT status, revision FROM grievance_case WHERE id = ? AND purged_at IS NULL FOR UPDATE")
                .param(caseId)
                .query((rs, n) -> new Current(CaseStatus.valueOf(rs.getString("status")), rs.getInt("revision")))
                .optional()
                .orElseThrow(CaseNotFound::new);
    }
}
