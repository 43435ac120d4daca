package nl.ketenwijs.grievance.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A forwarded copy as its company reads it, opened. Identity is null without the complainant's consent. */
public record ForwardedCopy(
        UUID id,
        String reference,
        Instant forwardedAt,
        String country,
        List<String> themes,
        CopyContent content,
        CopyIdentity identity,
        List<UUID> photoIds,
        CompanyAnswer answer,
        Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
