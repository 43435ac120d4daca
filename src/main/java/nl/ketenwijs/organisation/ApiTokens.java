package nl.ketenwijs.organisation;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Personal API tokens: presented as Bearer tokens, stored only as a SHA-256 hash. */
@Service
public class ApiTokens {

    private final AccountDirectory accounts;

    ApiTokens(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** The account a presented token stands for, if the token is known, unexpired and not revoked. */
    public Optional<Account> authenticate(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank() || presentedToken.length() > 200) {
            return Optional.empty();
        }
        return accounts.findByTokenHash(storedFormOf(presentedToken));
    }

    /** How a token is stored: the only form in which it is ever written down. */
    public static String storedFormOf(String token) {
        return Sha256.hex(token);
    }
}
