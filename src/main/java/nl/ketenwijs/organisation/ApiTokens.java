package nl.ketenwijs.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: presented as Bearer tokens, stored only as a SHA-256 hash. */
@Service
public class ApiTokens {

    /** The lifetimes people may choose; a token never lives longer than a year. */
    public static final List<Integer> LIFETIMES_IN_DAYS = List.of(30, 90, 365);

    private static final String PREFIX = "kw_";

    private final AccountDirectory accounts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(AccountDirectory accounts, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account a presented token stands for, if the token is known, unexpired and not revoked. */
    public Optional<Account> authenticate(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank() || presentedToken.length() > 200) {
            return Optional.empty();
        }
        return accounts.findByTokenHash(storedFormOf(presentedToken));
    }

    /** A new token for its owner; its value is in the answer and nowhere else, ever. */
    @Transactional
    public IssuedToken issue(Account owner, String name, int lifetimeInDays) {
        if (!LIFETIMES_IN_DAYS.contains(lifetimeInDays)) {
            throw new IllegalArgumentException("Unsupported token lifetime: " + lifetimeInDays);
        }
        String value = PREFIX + RandomTokens.newToken();
        UUID id = UUID.randomUUID();
        OffsetDateTime expires =
                OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofDays(lifetimeInDays)), ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO api_token (id, user_id, name, token_hash, token_hint, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        owner.userId(),
                        name.strip(),
                        storedFormOf(value),
                        value.substring(value.length() - 4),
                        expires)
                .update();
        audit.record(owner.userId(), owner.organisationId(), "API_TOKEN_CREATED", id.toString());
        return new IssuedToken(id, name.strip(), value, expires);
    }

    /** The owner's tokens, newest first: revoked and expired ones too, so that people see what happened. */
    @Transactional(readOnly = true)
    public List<TokenSummary> listFor(Account owner) {
        return jdbc.sql("""
                        SELECT id, name, created_at, expires_at, token_hint, revoked_at, expires_at <= now() AS expired
                          FROM api_token WHERE user_id = ? ORDER BY created_at DESC, name
                        """).param(owner.userId()).query(TokenSummary.class).list();
    }

    /**
     * Revokes one of the owner's own tokens (again, if it was already). False when the id is not one of the
     * owner's tokens, so that the caller can answer as for an id that does not exist.
     */
    @Transactional
    public boolean revoke(Account owner, UUID tokenId) {
        Optional<Boolean> alreadyRevoked = jdbc.sql(
                        "SELECT revoked_at IS NOT NULL FROM api_token WHERE id = ? AND user_id = ? FOR UPDATE")
                .params(tokenId, owner.userId())
                .query(Boolean.class)
                .optional();
        if (alreadyRevoked.isEmpty()) {
            return false;
        }
        if (!alreadyRevoked.get()) {
            jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ?")
                    .param(tokenId)
                    .update();
            audit.record(owner.userId(), owner.organisationId(), "API_TOKEN_REVOKED", tokenId.toString());
        }
        return true;
    }

    /** How a token is stored: the only form in which it is ever written down. */
    public static String storedFormOf(String token) {
        return Sha256.hex(token);
    }

    public record IssuedToken(UUID id, String name, String value, OffsetDateTime expiresAt) {}

    public record TokenSummary(
            UUID id,
            String name,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            String tokenHint,
            OffsetDateTime revokedAt,
            boolean expired) {

        public boolean active() {
            return revokedAt == null && !expired;
        }
    }
}
