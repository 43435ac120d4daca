package nl.ketenwijs.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Single-use links for invitations and password resets: 256 random bits in the URL, only their SHA-256 in
 * the database, so a leaked database dump opens no account.
 */
@Component
public class SecretLinks {

    private final String publicUrl;

    SecretLinks(@Value("${ketenwijs.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public static String newToken() {
        return RandomTokens.newToken();
    }

    /** How a token is stored: the same one-way form as API tokens. */
    public static String storedFormOf(String token) {
        return ApiTokens.storedFormOf(token);
    }

    /** The absolute link, under the configured public URL, to a path that ends in the token; its page speaks the reader's language. */
    public String link(String path, String token, Language language) {
        return publicUrl + path + token + "?lang=" + language.code();
    }

    /** A presented token worth looking up: the right length and alphabet, nothing else touches the database. */
    public static boolean isWellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
