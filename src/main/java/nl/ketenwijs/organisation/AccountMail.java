package nl.ketenwijs.organisation;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A mail about someone's account, in their language. The link is a secret: it is only ever written to the
 * outbox, never logged or audited.
 */
public record AccountMail(
        Kind kind,
        String recipient,
        Locale language,
        String displayName,
        String organisationName,
        String link,
        Duration validFor) {

    public enum Kind {
        INVITATION,
        PASSWORD_RESET,
        /**
         * A measure of a plan of approach passed its due date: {@code displayName} is the owner's name,
         * {@code organisationName} the measure's title (nothing more of the plan leaves the platform), and
         * {@code link} the measure's page, behind a login.
         */
        MEASURE_OVERDUE
    }

    public AccountMail {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(language);
        Objects.requireNonNull(link);
        Objects.requireNonNull(validFor);
    }
}
