package nl.ketenwijs.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One mail of the outbox; the body is gone once it was sent or given up. */
public record OutboxMail(
        UUID id,
        String recipient,
        String language,
        String subject,
        String body,
        OffsetDateTime createdAt,
        int attempts,
        String lastError,
        OffsetDateTime sentAt,
        OffsetDateTime givenUpAt) {

    public boolean pending() {
        return sentAt == null && givenUpAt == null;
    }
}
