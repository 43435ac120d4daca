package nl.ketenwijs.organisation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A secret offered to a person, in the two forms an authenticator app accepts. */
public record TotpEnrolment(String secret, String otpauthUri) {

    private static final String ISSUER = "Ketenwijs";

    static TotpEnrolment of(String secret, String username) {
        String label = encode(ISSUER + ":" + username);
        return new TotpEnrolment(
                secret,
                "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                        + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /** Secrets are shown in groups of four, as most apps show them. */
    public String secretInGroups() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
