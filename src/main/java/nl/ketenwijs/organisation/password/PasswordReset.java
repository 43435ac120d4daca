package nl.ketenwijs.organisation.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.organisation.AccountMail;
import nl.ketenwijs.organisation.AuditLog;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.LinkNotValid;
import nl.ketenwijs.organisation.LoginThrottle;
import nl.ketenwijs.organisation.OutgoingMail;
import nl.ketenwijs.organisation.SecretLinks;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.UserSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * "Forgot password": a single-use link by mail, valid for an hour. Nobody is logged in, so every step
 * names its platform scope; the answer to a request never tells whether the address has an account.
 */
@Service
public class PasswordReset {

    static final Duration VALID_FOR = Duration.ofHours(1);
    /** Enough for a person whose mail was slow; too few to flood a mailbox. */
    static final int REQUESTS_PER_HOUR = 3;

    static final String PATH = "/password/reset/";

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final OutgoingMail mail;
    private final SecretLinks links;
    private final AuditLog audit;
    private final UserSessions sessions;
    private final LoginThrottle loginThrottle;

    PasswordReset(
            JdbcClient jdbc,
            TenantScope tenantScope,
            Clock clock,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            OutgoingMail mail,
            SecretLinks links,
            AuditLog audit,
            UserSessions sessions,
            LoginThrottle loginThrottle) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.clock = clock;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.links = links;
        this.audit = audit;
        this.sessions = sessions;
        this.loginThrottle = loginThrottle;
    }

    /** Mails a link if the address belongs to an enabled account that has not asked too often; else nothing. */
    public void request(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        tenantScope.asPlatform(
                () -> findAccount(email.trim()).filter(this::mayAskAgain).ifPresent(this::sendLink));
    }

    /** Whether a link still works, to show its form rather than an error. */
    public boolean isOpen(String token) {
        return SecretLinks.isWellFormed(token)
                && tenantScope.asPlatform(() -> openReset(token, false).isPresent());
    }

    /**
     * Sets the new password, uses up every open link of that person and ends all their sessions.
     *
     * @throws LinkNotValid when the link is unknown, used or expired
     * @throws PasswordRejected when the policy refuses the password; nothing changes then
     */
    public void reset(String token, String newPassword) {
        if (!SecretLinks.isWellFormed(token)) {
            throw new LinkNotValid();
        }
        String username = tenantScope.asPlatform(() -> {
            OpenReset reset = openReset(token, true).orElseThrow(LinkNotValid::new);
            policy.require(newPassword, reset.username());
            jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?")
                    .params(encoder.encode(newPassword), reset.userId())
                    .update();
            jdbc.sql("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
                    .params(now(), reset.userId())
                    .update();
            audit.record(
                    reset.userId(),
                    reset.organisationId(),
                    "PASSWORD_RESET",
                    reset.userId().toString());
            return reset.username();
        });
        loginThrottle.recordSuccess(username);
        sessions.endAllOf(username);
    }

    /** Locks the account row, so that two requests at once count each other. */
    private Optional<Account> findAccount(String email) {
        return jdbc.sql("""
                        SELECT u.id, u.organisation_id, u.username, u.display_name, u.language,
                               o.name AS organisation_name
                          FROM app_user u JOIN organisation o ON o.id = u.organisation_id
                         WHERE lower(u.username) = lower(?) AND u.enabled
                           FOR UPDATE OF u
                        """).param(email).query(Account.class).optional();
    }

    private boolean mayAskAgain(Account account) {
        int recent = jdbc.sql("SELECT count(*) FROM password_reset WHERE user_id = ? AND created_at > ?")
                .params(
                        account.id(),
                        OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC))
                .query(Integer.class)
                .single();
        return recent < REQUESTS_PER_HOUR;
    }

    private void sendLink(Account account) {
        String token = SecretLinks.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO password_reset (id, organisation_id, user_id, token_hash, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        account.organisationId(),
                        account.id(),
                        SecretLinks.storedFormOf(token),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(now.plus(VALID_FOR), ZoneOffset.UTC))
                .update();
        Language language = Language.ofCode(account.language());
        mail.queue(new AccountMail(
                AccountMail.Kind.PASSWORD_RESET,
                account.username(),
                language.locale(),
                account.displayName(),
                account.organisationName(),
                links.link(PATH, token, language),
                VALID_FOR));
        audit.record(
                null,
                account.organisationId(),
                "PASSWORD_RESET_REQUESTED",
                account.id().toString());
    }

    private Optional<OpenReset> openReset(String token, boolean lock) {
        return jdbc.sql("""
                        SELECT r.user_id, r.organisation_id, u.username
                          FROM password_reset r JOIN app_user u ON u.id = r.user_id
                         WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ? AND u.enabled
                        """ + (lock ? " FOR UPDATE OF r" : ""))
                .params(SecretLinks.storedFormOf(token), now())
                .query(OpenReset.class)
                .optional();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record Account(
            UUID id,
            UUID organisationId,
            String username,
            String displayName,
            String language,
            String organisationName) {}

    private record OpenReset(UUID userId, UUID organisationId, String username) {}
}
