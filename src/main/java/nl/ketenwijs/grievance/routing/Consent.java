package nl.ketenwijs.grievance.routing;

import java.time.Instant;

/**
 * The complainant's newest decision on releasing their identity and contact to the companies; {@code
 * byHandler} when a handler recorded a decision made by other means, with the handler's note.
 */
public record Consent(boolean given, boolean byHandler, String note, Instant recordedAt) {

    public static final Consent NOT_ASKED = new Consent(false, false, null, null);

    public boolean recorded() {
        return recordedAt != null;
    }
}
