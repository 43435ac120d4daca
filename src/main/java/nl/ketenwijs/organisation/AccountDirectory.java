package nl.ketenwijs.organisation;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the person behind a login name or an API token; a disabled account cannot log in. */
@Service
public class AccountDirectory implements UserDetailsService {

    private static final String SELECT_ACCOUNT = """
            SELECT u.id, u.organisation_id, o.name AS organisation_name, u.username, u.display_name,
                   u.password_hash, u.enabled, u.role
              FROM app_user u JOIN organisation o ON o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    AccountDirectory(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** Runs before anyone is logged in, so it looks across organisations. */
    @Override
    public Account loadUserByUsername(String username) {
        return tenantScope.asPlatform(() -> jdbc.sql(SELECT_ACCOUNT + " WHERE lower(u.username) = lower(:username)")
                .param("username", username)
                .query(AccountRow.class)
                .optional()
                .map(Account::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account for that name")));
    }

    /** The enabled account that owns an unexpired, unrevoked token with this hash. */
    Optional<Account> findByTokenHash(String tokenHash) {
        return tenantScope.asPlatform(() -> jdbc.sql(SELECT_ACCOUNT + """
                         JOIN api_token t ON t.user_id = u.id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now() AND u.enabled
                        """)
                .param("hash", tokenHash)
                .query(AccountRow.class)
                .optional()
                .map(Account::new));
    }
}
