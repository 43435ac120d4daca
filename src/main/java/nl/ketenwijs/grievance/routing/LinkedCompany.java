package nl.ketenwijs.grievance.routing;

import java.time.Instant;
import java.util.UUID;

/** A member company a handler linked to a case, with what became of the copy it was sent. */
public record LinkedCompany(
        UUID organisationId,
        String name,
        Instant linkedAt,
        UUID copyId,
        Instant forwardedAt,
        Instant answeredAt,
        Instant substantiatedAt) {

    public boolean forwarded() {
        return copyId != null;
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean substantiated() {
        return substantiatedAt != null;
    }
}
