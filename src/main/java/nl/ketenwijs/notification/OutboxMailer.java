package nl.ketenwijs.notification;

import java.time.Clock;
import java.util.UUID;
import nl.ketenwijs.organisation.AccountMail;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.NoticeMail;
import nl.ketenwijs.organisation.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes account mails, in the recipient's language, to the outbox. It joins the caller's transaction and
 * refuses to run without one: a mail must never outlive a rolled-back invitation, nor the reverse.
 */
@Component
class OutboxMailer implements OutgoingMail {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    OutboxMailer(Outbox outbox, MessageSource messages, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(AccountMail mail) {
        String prefix = switch (mail.kind()) {
            case INVITATION -> "mail.invitation.";
            case PASSWORD_RESET -> "mail.passwordReset.";
            case MEASURE_OVERDUE -> "mail.measureOverdue.";
        };
        Object[] arguments = {
            mail.displayName(),
            mail.organisationName(),
            mail.link(),
            String.valueOf(mail.validFor().toDays()),
            String.valueOf(mail.validFor().toHours())
        };
        String subject = messages.getMessage(prefix + "subject", arguments, mail.language());
        String body = messages.getMessage(prefix + "body", arguments, mail.language());
        outbox.add(
                UUID.randomUUID(),
                mail.recipient(),
                Language.of(mail.language()).code(),
                subject,
                body,
                clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(NoticeMail mail) {
        outbox.add(UUID.randomUUID(), mail.recipient(), mail.language(), mail.subject(), mail.body(), clock.instant());
    }
}
