package nl.ketenwijs.grievance.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as its complainant follows it: where it stands, the clocks, what they wrote and the messages. */
public record CaseFile(
        UUID id,
        String locator,
        CaseStatus status,
        Instant receivedAt,
        Instant acknowledgeBy,
        Instant feedbackBy,
        ComplaintContent content,
        List<Message> messages) {

    public record Message(Instant sentAt, Author author, MessageKind kind, String body) {}
}
