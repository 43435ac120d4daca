package nl.ketenwijs.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.ketenwijs.organisation.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due mails when SMTP is configured (the same condition under which Boot makes its JavaMailSender).
 * Each mail is sent in a transaction of its own that holds its row locked, so several instances share the
 * work without sending a mail twice at once. Failures wait longer each time; after {@value #MAX_ATTEMPTS}
 * attempts the mail is given up. A crash between sending and committing sends a mail again: at least once.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class OutboxDelivery {

    static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final JavaMailSender sender;
    private final TenantScope tenantScope;
    private final Clock clock;
    private final String from;
    private final Duration firstRetry;

    OutboxDelivery(
            Outbox outbox,
            JavaMailSender sender,
            TenantScope tenantScope,
            Clock clock,
            @Value("${ketenwijs.mail.from:Ketenwijs <noreply@ketenwijs.example>}") String from,
            @Value("${ketenwijs.mail.first-retry:PT30S}") Duration firstRetry) {
        this.outbox = outbox;
        this.sender = sender;
        this.tenantScope = tenantScope;
        this.clock = clock;
        this.from = from;
        this.firstRetry = firstRetry;
    }

    @Scheduled(
            initialDelayString = "${ketenwijs.mail.poll-interval:PT5S}",
            fixedDelayString = "${ketenwijs.mail.poll-interval:PT5S}")
    void deliverDueMails() {
        for (int i = 0; i < BATCH; i++) {
            if (!tenantScope.asPlatform(this::deliverNext)) {
                return;
            }
        }
    }

    private boolean deliverNext() {
        return outbox.claimNextDue(clock.instant())
                .map(mail -> {
                    deliver(mail);
                    return true;
                })
                .orElse(false);
    }

    private void deliver(OutboxMail mail) {
        Instant now = clock.instant();
        try {
            sender.send(message(mail));
            outbox.markSent(mail.id(), now);
        } catch (MailException | MessagingException e) {
            String error = e.getClass().getSimpleName();
            int attempt = mail.attempts() + 1;
            log.warn("Mail {} not delivered (attempt {}): {}", mail.id(), attempt, error);
            if (attempt >= MAX_ATTEMPTS) {
                outbox.markGivenUp(mail.id(), now, error);
            } else {
                outbox.markFailed(mail.id(), now.plus(firstRetry.multipliedBy(1L << (attempt - 1))), error);
            }
        }
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body());
        message.setHeader("Content-Language", mail.language());
        return message;
    }
}
