package nl.ketenwijs.organisation;

import java.security.SecureRandom;
import java.util.Base64;

/** 256 random bits, URL-safe: the secret part of API tokens, invitation links and reset links. */
final class RandomTokens {

    private static final SecureRandom random = new SecureRandom();

    private RandomTokens() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
