package nl.ketenwijs.grievance.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.StaffDirectory;
import nl.ketenwijs.organisation.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The acknowledgement and feedback reminders, each sent once, with the clock moved forward. */
class ClocksIntegrationTests extends HandlingIntegrationTest {

    @Autowired
    ComplaintsScope scope;

    @Autowired
    JdbcClient applicationJdbc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    HandlerMail mail;

    @Autowired
    Assignments assignments;

    @Test
    void sixDaysOnExactlyOneAcknowledgementReminderGoesToTheAssignedHandler() throws Exception {
        UUID caseId = newCase("No water at the camp");
        TestAccounts.Person handler = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        assignments.assign(caseId, handler.key().userId());

        reminders(Duration.ofDays(4)).remind();
        assertThat(reminders(caseId))
                .as("five days before the acknowledgement is due, too soon")
                .isZero();

        reminders(Duration.ofDays(6)).remind();
        reminders(Duration.ofDays(6)).remind();
        assertThat(reminders(caseId)).isEqualTo(1);
        assertThat(mailsAbout(caseId, handler.username())).isEqualTo(1);
        assertThat(mailsAbout(caseId, "%")).as("only the assigned handler").isEqualTo(1);
        String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? AND body LIKE ?")
                .params(handler.username(), "%/complaints/" + caseId + "%")
                .query(String.class)
                .single();
        assertThat(body).doesNotContain("No water").doesNotContain(locatorOf(caseId));
    }

    @Test
    void twoInstancesRemindingAtTheSameMomentSendOneReminder() throws Exception {
        UUID caseId = newCase("Locked in at night");
        TestAccounts.Person handler = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        assignments.assign(caseId, handler.key().userId());
        DeadlineReminders first = reminders(Duration.ofDays(6));
        DeadlineReminders second = reminders(Duration.ofDays(6));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = instances.invokeAll(List.<Callable<Integer>>of(
                    () -> {
                        together.await();
                        return first.remind();
                    },
                    () -> {
                        together.await();
                        return second.remind();
                    }));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        assertThat(reminders(caseId)).isEqualTo(1);
        assertThat(mailsAbout(caseId, handler.username())).isEqualTo(1);
    }

    private DeadlineReminders reminders(Duration ahead) {
        return new DeadlineReminders(
                scope,
                applicationJdbc,
                staff,
                mail,
                Clock.offset(Clock.systemUTC(), ahead),
                Duration.ofDays(2),
                Duration.ofDays(14));
    }

    private int reminders(UUID caseId) {
        return complaints
                .sql("SELECT count(*) FROM grievance_case_reminder WHERE case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    private int mailsAbout(UUID caseId, String recipient) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient LIKE ? AND body LIKE ? AND subject LIKE ?")
                .params(recipient, "%/complaints/" + caseId + "%", "%Herinnering%")
                .query(Integer.class)
                .single();
    }

    private String locatorOf(UUID caseId) {
        return complaints
                .sql("SELECT locator FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }
}
