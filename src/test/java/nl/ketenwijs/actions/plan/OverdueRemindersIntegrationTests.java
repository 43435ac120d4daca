package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reminder job, run for the test's own companies with a "today" of its choosing: far enough ahead that
 * the job the application schedules itself, on the real date, never sees these measures as overdue.
 */
class OverdueRemindersIntegrationTests extends PlanIntegrationTest {

    static final LocalDate DUE = LocalDate.now().plusYears(2);
    static final LocalDate DAY_AFTER = DUE.plusDays(1);

    @Autowired
    OverdueReminders reminders;

    @Autowired
    Measures measures;

    PlanFixture fixture;
    UUID plan;

    @BeforeEach
    void aPlan() throws Exception {
        fixture = aCompanyWithARegister();
        plan = fixture.plan("Cocoa");
    }

    @Test
    void anOverdueMeasureIsRemindedOnceInTheOwnersLanguageWithItsTitleAndALinkOnly() throws Exception {
        Account owner = new TestOrganisations(jdbc, accounts).aPersonIn(fixture.company, Role.COMPANY_EDITOR);
        jdbc.sql("UPDATE app_user SET language = 'en' WHERE username = ?")
                .param(owner.getUsername())
                .update();
        UUID measure = measure("Living-income price", owner.getUsername(), DUE);
        UUID notYet = measure("Later measure", "later-" + fixture.company + "@example.org", DUE.plusDays(1));
        UUID done = measure("Finished measure", "done-" + fixture.company + "@example.org", DUE.minusDays(3));
        setStatus(done, "DONE");

        assertThat(reminders.remind(DUE, List.of(fixture.company)))
                .as("due today is not overdue")
                .isZero();
        assertThat(reminders.remind(DAY_AFTER, List.of(fixture.company))).isEqualTo(1);
        assertThat(reminders.remind(DAY_AFTER, List.of(fixture.company)))
                .as("a second run")
                .isZero();
        assertThat(reminders.remind(DAY_AFTER.plusDays(5), List.of(fixture.company)))
                .as("later runs remind the measure due a day later only")
                .isEqualTo(1);

        Map<String, Object> mail = jdbc.sql("SELECT subject, body, language FROM mail_outbox WHERE recipient = ?")
                .param(owner.getUsername())
                .query()
                .singleRow();
        assertThat(mail.get("language")).isEqualTo("en");
        assertThat((String) mail.get("subject")).isEqualTo("Measure past its due date: Living-income price");
        assertThat((String) mail.get("body"))
                .contains("/plans/measures/" + measure)
                .doesNotContain("Cocoa")
                .doesNotContain("child labour");
        assertThat(mailsTo("later-" + fixture.company + "@example.org")).isEqualTo(1);
        assertThat(mailsTo("done-" + fixture.company + "@example.org")).isZero();
        assertThat(tenantScope
                        .asOrganisation(fixture.company, () -> measures.measure(fixture.company, measure))
                        .remindedAt())
                .isNotNull();
        assertThat(notYet).isNotNull();
    }

    @Test
    void aMovedDueDateIsRemindedAgainOnceItPasses() throws Exception {
        String owner = "mover-" + fixture.company + "@example.org";
        UUID measure = measure("Questionnaire", owner, DUE);
        reminders.remind(DAY_AFTER, List.of(fixture.company));
        assertThat(mailsTo(owner)).isEqualTo(1);

        moveDue(measure, DUE.plusDays(10));
        assertThat(reminders.remind(DAY_AFTER.plusDays(5), List.of(fixture.company)))
                .isZero();
        assertThat(reminders.remind(DAY_AFTER.plusDays(10), List.of(fixture.company)))
                .isEqualTo(1);
        assertThat(reminders.remind(DAY_AFTER.plusDays(11), List.of(fixture.company)))
                .isZero();
        assertThat(mailsTo(owner)).isEqualTo(2);
        assertThat(mailsTo(owner)).as("Dutch for an owner without an account").isEqualTo(dutchMailsTo(owner));
    }

    @Test
    void twoInstancesRunningAtOnceRemindEachMeasureExactlyOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            measure("Measure " + i, "many-" + i + "-" + fixture.company + "@example.org", DUE);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = List.of(1, 2).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return reminders.remind(DAY_AFTER, List.of(fixture.company, fixture.company));
                }))
                .toList();
        int queued = 0;
        for (CompletableFuture<Integer> run : runs) {
            queued += run.get(60, TimeUnit.SECONDS);
        }

        assertThat(queued).isEqualTo(40);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM mail_outbox WHERE recipient LIKE ?
                        """)
                        .param("many-%-" + fixture.company + "@example.org")
                        .query(Integer.class)
                        .single())
                .isEqualTo(40);
        assertThat(jdbc.sql("""
                        SELECT count(DISTINCT recipient) FROM mail_outbox WHERE recipient LIKE ?
                        """)
                        .param("many-%-" + fixture.company + "@example.org")
                        .query(Integer.class)
                        .single())
                .isEqualTo(40);
    }

    private UUID measure(String title, String owner, LocalDate due) throws Exception {
        return fixture.measure(
                plan,
                Map.of(
                        "title",
                        title,
                        "ownerEmail",
                        owner,
                        "startDate",
                        due.minusDays(30).toString(),
                        "dueDate",
                        due.toString()));
    }

    private void setStatus(UUID measure, String status) {
        tenantScope.asOrganisation(
                fixture.company,
                () -> appJdbc.sql("UPDATE plan_measure SET status = ? WHERE id = ?")
                        .params(status, measure)
                        .update());
    }

    private void moveDue(UUID measure, LocalDate due) {
        Measure m = tenantScope.asOrganisation(fixture.company, () -> measures.measure(fixture.company, measure));
        MeasureDraft draft = MeasureDraft.of(m);
        tenantScope.asOrganisation(fixture.company, () -> {
            change(measure, draft, due);
            return null;
        });
    }

    private void change(UUID measure, MeasureDraft draft, LocalDate due) {
        measures.change(
                fixture.company,
                measure,
                new MeasureDraft(
                        draft.title(),
                        draft.description(),
                        draft.type(),
                        draft.ownerName(),
                        draft.ownerEmail(),
                        draft.startDate(),
                        due.toString(),
                        draft.status(),
                        draft.indicatorName(),
                        draft.indicatorUnit(),
                        draft.baseline(),
                        draft.target(),
                        draft.current(),
                        draft.genderResponsive()));
    }

    private int mailsTo(String recipient) {
        return new TestOrganisations(jdbc, accounts).mailsTo(recipient);
    }

    private int dutchMailsTo(String recipient) {
        return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ? AND language = 'nl'"
                        + " AND subject LIKE 'Maatregel over de datum: %'")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
