package nl.ketenwijs.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        return accounts.findByTokenHash(hash(presentedToken));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
