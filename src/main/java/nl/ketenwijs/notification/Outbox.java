package nl.ketenwijs.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mail_outbox table: mails waiting for delivery, and what became of those sent. */
@Repository
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, String recipient, String language, String subject, String body, Instant now) {
        jdbc.sql("""
                        INSERT INTO mail_outbox (id, recipient, language, subject, body, created_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, recipient, language, subject, body, utc(now), utc(now))
                .update();
    }

    /**
     * The next mail that is due, locked until the caller's transaction ends; other instances skip it, so a
     * mail is never sent twice at the same time.
     */
    Optional<OutboxMail> claimNextDue(Instant now) {
        return jdbc.sql(SELECT + """
                         WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= ?
                         ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED
                        """).param(utc(now)).query(OutboxMail.class).optional();
    }

    /** Sent: the body goes, because its link would still open an account for whoever reads the database. */
    void markSent(UUID id, Instant now) {
        jdbc.sql("UPDATE mail_outbox SET sent_at = ?, body = NULL, attempts = attempts + 1, last_error = NULL"
                        + " WHERE id = ?")
                .params(utc(now), id)
                .update();
    }

    void markFailed(UUID id, Instant nextAttempt, String error) {
        jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(utc(nextAttempt), error, id)
                .update();
    }

    /** Given up: the body goes too, for the same reason as after sending. */
    void markGivenUp(UUID id, Instant now, String error) {
        jdbc.sql("""
                        UPDATE mail_outbox SET attempts = attempts + 1, given_up_at = ?, last_error = ?, body = NULL
                         WHERE id = ?
                        """).params(utc(now), error, id).update();
    }

    List<OutboxMail> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC LIMIT ?")
                .param(limit)
                .query(OutboxMail.class)
                .list();
    }

    Optional<OutboxMail> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(OutboxMail.class)
                .optional();
    }

    private static final String SELECT = """
            SELECT id, recipient, language, subject, body, created_at, attempts, last_error, sent_at, given_up_at
              FROM mail_outbox
            """;

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
