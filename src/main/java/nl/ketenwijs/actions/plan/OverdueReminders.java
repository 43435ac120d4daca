package nl.ketenwijs.actions.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.organisation.AccountMail;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.OutgoingMail;
import nl.ketenwijs.organisation.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the owner of an overdue measure by mail, once per due date: the measure records the due date it
 * was reminded for, so a moved due date that passes again is reminded again. The state lives in the
 * measure's row, so the job survives restarts; rows are claimed with {@code FOR UPDATE SKIP LOCKED} and the
 * mail is queued in the same transaction that marks the row, so several instances never remind twice.
 *
 * <p>Why company by company: measures are company data, closed to every scope but the company's own by
 * row-level security (no platform clause). Reading them in each company's own tenant keeps that wall whole
 * and needs no function that opens it; the only cross-company read is the list of companies, an identity
 * table the platform scope may read. The price is one short transaction per company per run, which for a
 * thousand companies once an hour is nothing.
 */
@Component
@EnableScheduling
class OverdueReminders {

    private static final int BATCH = 100;

    private record Due(UUID id, String title, String ownerName, String ownerEmail) {}

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final OutgoingMail mail;
    private final Clock clock;
    private final CovenantDate date;
    private final String publicUrl;

    OverdueReminders(
            JdbcClient jdbc,
            TenantScope tenantScope,
            OutgoingMail mail,
            Clock clock,
            CovenantDate date,
            @Value("${ketenwijs.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.mail = mail;
        this.clock = clock;
        this.date = date;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Scheduled(
            initialDelayString = "${ketenwijs.plans.reminder-interval:PT1H}",
            fixedDelayString = "${ketenwijs.plans.reminder-interval:PT1H}")
    void remindOverdueMeasures() {
        remind(date.today());
    }

    /** @return how many reminders were queued by this run */
    int remind(LocalDate today) {
        return remind(
                today,
                tenantScope.asPlatform(() -> jdbc.sql("SELECT id FROM organisation WHERE kind = 'COMPANY' ORDER BY id")
                        .query(UUID.class)
                        .list()));
    }

    /** The run for the given companies only, each in a transaction of its own, as its own tenant. */
    int remind(LocalDate today, List<UUID> companies) {
        int queued = 0;
        for (UUID company : companies) {
            queued += tenantScope.asOrganisation(company, () -> remindIn(company, today));
        }
        return queued;
    }

    private int remindIn(UUID company, LocalDate today) {
        List<Due> due =
                jdbc.sql("""
                        SELECT id, title, owner_name, owner_email FROM plan_measure
                         WHERE organisation_id = ? AND status IN ('PLANNED', 'IN_PROGRESS') AND due_date < ?
                           AND reminded_for_due IS DISTINCT FROM due_date
                         ORDER BY due_date, id LIMIT ? FOR UPDATE SKIP LOCKED
                        """).params(company, today, BATCH).query(Due.class).list();
        for (Due measure : due) {
            mail.queue(new AccountMail(
                    AccountMail.Kind.MEASURE_OVERDUE,
                    measure.ownerEmail(),
                    languageOf(company, measure.ownerEmail()).locale(),
                    measure.ownerName(),
                    measure.title(),
                    publicUrl + "/plans/measures/" + measure.id(),
                    Duration.ZERO));
            jdbc.sql("""
                            UPDATE plan_measure SET reminded_for_due = due_date, reminded_at = ?
                             WHERE organisation_id = ? AND id = ?
                            """)
                    .params(java.time.OffsetDateTime.now(clock), company, measure.id())
                    .update();
        }
        return due.size();
    }

    /**
     * A company has no language of its own; an owner who has an account with it reads mail in the language
     * chosen there. Anyone else gets Dutch, the covenant's language.
     */
    private Language languageOf(UUID company, String email) {
        return jdbc.sql("SELECT language FROM app_user WHERE organisation_id = ? AND lower(username) = lower(?)")
                .params(company, email)
                .query(String.class)
                .optional()
                .map(Language::ofCode)
                .orElse(Language.NL);
    }
}
