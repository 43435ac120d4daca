package nl.ketenwijs.organisation;

import java.util.Objects;

/**
 * A mail that tells someone about work in Ketenwijs (a reminder, an invitation to a workshop), written by
 * the module that sends it in the recipient's language. Unlike an {@link AccountMail} it holds no secret.
 */
public record NoticeMail(String recipient, String language, String subject, String body) {

    public NoticeMail {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(language);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }
}
