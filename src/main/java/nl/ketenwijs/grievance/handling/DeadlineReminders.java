package nl.ketenwijs.grievance.handling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.StaffDirectory;
import nl.ketenwijs.organisation.StaffDirectory.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds handlers before a legal clock runs out: the acknowledgement (7 days) and the feedback (3 months),
 * each a set time before its stored deadline, to the assigned handler or, while nobody is, to every handler.
 * Each reminder is sent once: its row in grievance_case_reminder (primary key case and kind) is written in
 * the transaction that queues the mail, so a restart sends nothing twice, and an instance that runs at the
 * same moment waits on that key and then finds it taken.
 */
@Component
class DeadlineReminders {

    private static final int BATCH = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private record Due(UUID caseId, Deadline.Kind kind, Instant due, UUID assignedTo) {}

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final HandlerMail mail;
    private final Clock clock;
    private final Duration beforeAcknowledgement;
    private final Duration beforeFeedback;

    DeadlineReminders(
            ComplaintsScope scope,
            JdbcClient jdbc,
            StaffDirectory staff,
            HandlerMail mail,
            Clock clock,
            @Value("${ketenwijs.complaints.remind-before-acknowledgement:P2D}") Duration beforeAcknowledgement,
            @Value("${ketenwijs.complaints.remind-before-feedback:P14D}") Duration beforeFeedback) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.staff = staff;
        this.mail = mail;
        this.clock = clock;
        this.beforeAcknowledgement = beforeAcknowledgement;
        this.beforeFeedback = beforeFeedback;
    }

    /** @return how many reminders this run sent */
    @Scheduled(
            initialDelayString = "${ketenwijs.complaints.reminder-interval:PT15M}",
            fixedDelayString = "${ketenwijs.complaints.reminder-interval:PT15M}")
    int remind() {
        Instant now = clock.instant();
        List<StaffMember> handlers = staff.withRole(Role.COMPLAINT_HANDLER);
        return scope.write(() -> {
            int sent = 0;
            for (Due due : due(now)) {
                int claimed = jdbc.sql("""
                                INSERT INTO grievance_case_reminder (case_id, kind, sent_at) VALUES (?, ?, ?)
                                ON CONFLICT (case_id, kind) DO NOTHING
                                """)
                        .params(due.caseId(), due.kind().name(), now.atOffset(ZoneOffset.UTC))
                        .update();
                if (claimed == 1) {
                    mail.queue(
                            HandlerMail.recipients(handlers, due.assignedTo()),
                            "reminder." + due.kind().name(),
                            due.caseId(),
                            DAY.format(due.due()));
                    sent++;
                }
            }
            return sent;
        });
    }

    private List<Due> due(Instant now) {
        return jdbc.sql("""
                        SELECT id, 'ACKNOWLEDGE' AS kind, acknowledge_by AS due, assigned_to FROM grievance_case c
                         WHERE acknowledged_at IS NULL AND status = 'RECEIVED' AND purged_at IS NULL
                           AND acknowledge_by <= :ack
                           AND NOT EXISTS (SELECT 1 FROM grievance_case_reminder r
                                            WHERE r.case_id = c.id AND r.kind = 'ACKNOWLEDGE')
                        UNION ALL
                        SELECT id, 'FEEDBACK', feedback_by, assigned_to FROM grievance_case c
                         WHERE feedback_given_at IS NULL AND status <> 'CLOSED' AND purged_at IS NULL
                           AND feedback_by <= :feedback
                           AND NOT EXISTS (SELECT 1 FROM grievance_case_reminder r
                                            WHERE r.case_id = c.id AND r.kind = 'FEEDBACK')
                         LIMIT :batch
                        """)
                .param("ack", now.plus(beforeAcknowledgement).atOffset(ZoneOffset.UTC))
                .param("feedback", now.plus(beforeFeedback).atOffset(ZoneOffset.UTC))
                .param("batch", BATCH)
                .query((rs, n) -> new Due(
                        rs.getObject("id", UUID.class),
                        Deadline.Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("due").toInstant(),
                        rs.getObject("assigned_to", UUID.class)))
                .list();
    }
}
