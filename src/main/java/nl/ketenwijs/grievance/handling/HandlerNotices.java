package nl.ketenwijs.grievance.handling;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.StaffDirectory;
import nl.ketenwijs.organisation.StaffDirectory.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells handlers that a case arrived (every handler) or that a complainant wrote (the assigned handler, or
 * every handler while nobody is). The portal writes nothing for this: the new rows are the outbox, and this
 * job mails those not yet noticed and marks them in one transaction. So a submission is never slowed or
 * failed by a mail, and rows claimed with SKIP LOCKED are mailed once across instances.
 */
@Component
class HandlerNotices {

    private static final int BATCH = 100;

    private record Pending(UUID id, UUID caseId, UUID assignedTo) {}

    private final ComplaintsScope scope;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final HandlerMail mail;
    private final Clock clock;

    HandlerNotices(ComplaintsScope scope, JdbcClient jdbc, StaffDirectory staff, HandlerMail mail, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.staff = staff;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${ketenwijs.complaints.notice-interval:PT1M}",
            fixedDelayString = "${ketenwijs.complaints.notice-interval:PT1M}")
    void notice() {
        List<StaffMember> handlers = staff.withRole(Role.COMPLAINT_HANDLER);
        scope.write(() -> {
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            for (Pending arrived :
                    jdbc.sql("""
                            SELECT id, id AS case_id, assigned_to FROM grievance_case
                             WHERE noticed_at IS NULL ORDER BY received_at LIMIT ? FOR UPDATE SKIP LOCKED
                            """).param(BATCH).query(Pending.class).list()) {
                mail.queue(handlers, "arrived", arrived.caseId());
                jdbc.sql("UPDATE grievance_case SET noticed_at = ? WHERE id = ?")
                        .params(now, arrived.id())
                        .update();
            }
            for (Pending written :
                    jdbc.sql("""
                            SELECT m.id, m.case_id, c.assigned_to FROM grievance_message m
                              JOIN grievance_case c ON c.id = m.case_id
                             WHERE m.noticed_at IS NULL AND m.author = 'COMPLAINANT'
                             ORDER BY m.sent_at LIMIT ? FOR UPDATE OF m SKIP LOCKED
                            """).param(BATCH).query(Pending.class).list()) {
                mail.queue(HandlerMail.recipients(handlers, written.assignedTo()), "written", written.caseId());
                jdbc.sql("UPDATE grievance_message SET noticed_at = ? WHERE id = ?")
                        .params(now, written.id())
                        .update();
            }
            return null;
        });
    }
}
