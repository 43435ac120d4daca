package nl.ketenwijs.organisation.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters, not a well-known password and not the person's own
 * e-mail address. Length over composition rules, as NIST SP 800-63B advises.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** Entries of 12+ characters from nbvcxz's password list; see passwords/NOTICE.txt. */
    static final String COMMON_PASSWORDS = "passwords/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The first problem with the password, if any. */
    public Optional<PasswordProblem> problemWith(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(PasswordProblem.COMMON);
        }
        if (email != null && lower.trim().equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordProblem.SAME_AS_EMAIL);
        }
        return Optional.empty();
    }

    /** Refuses a password with a problem, for services that must never store one. */
    public void require(String password, String email) {
        problemWith(password, email).ifPresent(problem -> {
            throw new PasswordRejected(problem);
        });
    }

    private static Set<String> load() {
        try (InputStream in = new ClassPathResource(COMMON_PASSWORDS).getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(line -> line.trim().toLowerCase(Locale.ROOT))
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list ships in the jar", e);
        }
    }
}
