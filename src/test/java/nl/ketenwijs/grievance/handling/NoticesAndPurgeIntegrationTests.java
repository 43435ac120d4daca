package nl.ketenwijs.grievance.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseErasure;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.ClosingReason;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.cases.MessageKind;
import nl.ketenwijs.grievance.followup.FollowUps;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class NoticesAndPurgeIntegrationTests extends HandlingIntegrationTest {

    @Autowired
    HandlerNotices notices;

    @Autowired
    FollowUps followUps;

    @Autowired
    CaseHandling handling;

    @Autowired
    ComplaintsScope scope;

    @Autowired
    JdbcClient applicationJdbc;

    @Autowired
    CaseErasure erasure;

    @Autowired
    AccountDirectory accounts;

    @Test
    void handlersHearOnceOfANewCaseAndOfAComplainantsMessageWithoutItsContentOrLocator() throws Exception {
        TestAccounts.Person handler = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        UUID caseId = newCase("Secret words of the complainant");

        notices.notice();
        notices.notice();
        assertThat(mails(handler, caseId, "%nieuwe klacht%")).isEqualTo(1);

        followUps.add(caseId, MessageKind.INFORMATION, "More secret words");
        notices.notice();
        notices.notice();
        assertThat(mails(handler, caseId, "%toegevoegd%")).isEqualTo(1);

        String locator = complaints
                .sql("SELECT locator FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("SELECT subject || ' ' || body FROM mail_outbox WHERE recipient = ? AND body LIKE ?")
                        .params(handler.username(), "%/complaints/" + caseId + "%")
                        .query(String.class)
                        .list())
                .hasSize(2)
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain(locator)
                        .doesNotContain("secret words")
                        .doesNotContain("Secret words"));
    }

    @Test
    void aClosedCaseIsErasedAfterItsRetentionAndKeepsOnlyItsFigures() throws Exception {
        UUID notAdmissible = newCase("Not admissible story");
        UUID remedied = newCase("Remedied story");
        TestAccounts.Person person = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        UUID handler = person.key().userId();
        close(notAdmissible, handler, ClosingReason.NOT_ADMISSIBLE);
        close(remedied, handler, ClosingReason.REMEDY_PROVIDED);
        followUps.add(notAdmissible, MessageKind.MESSAGE, "Why not?");

        purge(Duration.ofDays(364)).purge();
        assertThat(keyOf(notAdmissible)).as("within a year").isEqualTo(1);

        purge(Duration.ofDays(367)).purge();
        assertThat(keyOf(notAdmissible)).as("the key is shredded").isZero();
        assertThat(keyOf(remedied)).as("a remedied case is kept five years").isEqualTo(1);
        Map<String, Object> left = complaints
                .sql("SELECT content, contact, purged_at, status, country, themes, closing_reason,"
                        + " (SELECT count(*) FROM grievance_message m WHERE m.case_id = c.id) AS messages,"
                        + " (SELECT count(*) FROM grievance_case_transition t WHERE t.case_id = c.id) AS moves,"
                        + " (SELECT count(*) FROM grievance_case_transition t WHERE t.case_id = c.id"
                        + "   AND t.note IS NOT NULL) AS notes"
                        + " FROM grievance_case c WHERE id = ?")
                .param(notAdmissible)
                .query()
                .singleRow();
        assertThat(left.get("content")).isNull();
        assertThat(left.get("purged_at")).isNotNull();
        assertThat(left)
                .containsEntry("status", "CLOSED")
                .containsEntry("country", "GH")
                .containsEntry("closing_reason", "NOT_ADMISSIBLE")
                .containsEntry("messages", 0L)
                .containsEntry("moves", 4L)
                .containsEntry("notes", 0L);
        assertThat(purge(Duration.ofDays(367)).purge())
                .as("nothing left to purge")
                .isZero();

        String page = mvc.perform(
                        get("/complaints/" + notAdmissible).with(user(accounts.loadUserByUsername(person.username()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("De inhoud van deze zaak is op").doesNotContain("Not admissible story");
    }

    private void close(UUID caseId, UUID handler, ClosingReason reason) {
        handling.move(caseId, 0, CaseStatus.ACKNOWLEDGED, null, "a note", handler);
        handling.move(caseId, 1, CaseStatus.ADMISSIBILITY, null, null, handler);
        handling.move(caseId, 2, CaseStatus.CLOSED, reason, "closing note", handler);
    }

    private RetentionPurge purge(Duration ahead) {
        return new RetentionPurge(
                scope,
                applicationJdbc,
                erasure,
                Clock.offset(Clock.systemUTC(), ahead),
                Period.ofYears(5),
                Period.ofYears(1));
    }

    private int keyOf(UUID caseId) {
        return complaints
                .sql("SELECT count(*) FROM grievance_case_key WHERE case_id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    private int mails(TestAccounts.Person handler, UUID caseId, String subject) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND body LIKE ? AND subject LIKE ?")
                .params(handler.username(), "%/complaints/" + caseId + "%", subject)
                .query(Integer.class)
                .single();
    }
}
