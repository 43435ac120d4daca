package nl.ketenwijs.monitoring.members;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.monitoring.GroupSize;
import nl.ketenwijs.organisation.BranchMembers;
import nl.ketenwijs.organisation.NoticeMail;
import nl.ketenwijs.organisation.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a branch's reminder or workshop invitation to the administrators of the members that lag on a
 * step, and records that it did, with the number of members reached. The branch never learns which members
 * those are; the mail says so, and names no other company. One mailing per step and kind a day, so a
 * double click or an impatient colleague does not mail members twice.
 */
@Service
class MemberReminders {

    static final Duration ONCE_PER = Duration.ofDays(1);

    private final MemberProgress progress;
    private final BranchMembers branchMembers;
    private final OutgoingMail mail;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String publicUrl;

    MemberReminders(
            MemberProgress progress,
            BranchMembers branchMembers,
            OutgoingMail mail,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock,
            @Value("${ketenwijs.public-url:http://localhost:8080}") String publicUrl) {
        this.progress = progress;
        this.branchMembers = branchMembers;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Transactional
    public MailingOutcome send(UUID branch, String branchName, ReminderRequest request, String sentBy) {
        List<UUID> members = progress.memberIds(branch);
        if (!GroupSize.isEnough(members.size())) {
            return MailingOutcome.refused("indicator", "members.reminder.error.tooFewMembers");
        }
        Map<String, String> problems = request.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return new MailingOutcome(0, problems);
        }
        ProgressIndicator step = request.step().orElseThrow();
        // Two staff sending at once wait for each other, so the once-a-day rule holds.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('branch-reminder:' || ? || ':' || ?, 0))")
                .params(branch.toString(), step.name())
                .query()
                .singleValue();
        if (sentRecently(branch, step, request)) {
            return MailingOutcome.refused("indicator", "members.reminder.error.alreadySent");
        }
        List<UUID> lagging = progress.lagging(members, step);
        if (lagging.isEmpty()) {
            return MailingOutcome.refused("indicator", "members.reminder.error.nobodyLags");
        }
        for (BranchMembers.Contact contact : branchMembers.administratorsOf(lagging)) {
            mail.queue(notice(contact, branchName, step, request));
        }
        record(branch, step, request, lagging.size(), sentBy);
        return new MailingOutcome(lagging.size(), Map.of());
    }

    private boolean sentRecently(UUID branch, ProgressIndicator step, ReminderRequest request) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM branch_reminder
                                        WHERE organisation_id = ? AND indicator = ? AND kind = ? AND sent_at > ?)
                        """)
                .params(branch, step.name(), request.kind(), now().minus(ONCE_PER))
                .query(Boolean.class)
                .single();
    }

    private NoticeMail notice(
            BranchMembers.Contact contact, String branchName, ProgressIndicator step, ReminderRequest request) {
        String kind = request.isWorkshop() ? "workshop" : "reminder";
        Object[] arguments = {
            contact.displayName(),
            branchName,
            messages.getMessage(step.messageKey() + ".step", null, contact.language()),
            request.message().strip(),
            publicUrl + step.startPath(),
            request.isWorkshop()
                    ? request.workshopOn()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(contact.language()))
                    : "",
            request.isWorkshop() ? request.workshopPlace().strip() : ""
        };
        return new NoticeMail(
                contact.address(),
                contact.language().getLanguage(),
                messages.getMessage("members.mail." + kind + ".subject", arguments, contact.language()),
                messages.getMessage("members.mail." + kind + ".body", arguments, contact.language()));
    }

    private void record(UUID branch, ProgressIndicator step, ReminderRequest request, int members, String sentBy) {
        jdbc.sql("""
                        INSERT INTO branch_reminder (id, organisation_id, indicator, kind, message, workshop_on,
                                                     workshop_place, recipients, sent_by, sent_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        branch,
                        step.name(),
                        request.kind(),
                        request.message().strip(),
                        request.isWorkshop() ? request.workshopOn() : null,
                        request.isWorkshop() ? request.workshopPlace().strip() : null,
                        members,
                        sentBy,
                        now())
                .update();
    }

    /** The mailings of the branch, newest first. */
    @Transactional(readOnly = true)
    public List<SentReminder> recent(UUID branch, int limit) {
        return jdbc.sql("""
                        SELECT indicator, kind, message, workshop_on, workshop_place, recipients, sent_by, sent_at
                          FROM branch_reminder WHERE organisation_id = ? ORDER BY sent_at DESC LIMIT ?
                        """)
                .params(branch, limit)
                .query((rs, n) -> new SentReminder(
                        ProgressIndicator.valueOf(rs.getString("indicator")).messageKey(),
                        rs.getString("kind"),
                        rs.getString("message"),
                        rs.getObject("workshop_on", LocalDate.class),
                        rs.getString("workshop_place"),
                        rs.getInt("recipients"),
                        rs.getString("sent_by"),
                        rs.getObject("sent_at", OffsetDateTime.class)))
                .list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
