package nl.ketenwijs.grievance.receipt;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The complainant's receipt: a public locator of 7 digits that finds the case, a secret of 12 digits that
 * proves it is theirs, and a Damm check digit, 20 digits shown in groups of four for reading aloud. It is a
 * bearer credential: never in a URL, a log, an e-mail or an SMS, and stored only as a hash of the secret.
 */
public record Receipt(String locator, String secret) {

    static final int LOCATOR_DIGITS = 7;
    static final int SECRET_DIGITS = 12;
    static final int DIGITS = LOCATOR_DIGITS + SECRET_DIGITS + 1;

    private static final SecureRandom random = new SecureRandom();

    public Receipt {
        if (!locator.matches("[0-9]{" + LOCATOR_DIGITS + "}") || !secret.matches("[0-9]{" + SECRET_DIGITS + "}")) {
            throw new IllegalArgumentException("A receipt is " + LOCATOR_DIGITS + " + " + SECRET_DIGITS + " digits");
        }
    }

    public static Receipt withNewSecret(String locator) {
        return new Receipt(locator, randomDigits(SECRET_DIGITS));
    }

    /** The same secret under another locator, when the drawn one is taken. */
    public Receipt atLocator(String otherLocator) {
        return new Receipt(otherLocator, secret);
    }

    public static String newLocator() {
        return randomDigits(LOCATOR_DIGITS);
    }

    /**
     * The receipt as typed: spaces, dashes and dots between digits are fine, and so are the digits of other
     * scripts (an Arabic phone's keyboard types ٠١٢...). Empty when it is not 20 digits with a right check
     * digit, which a typo almost always is.
     */
    public static Optional<Receipt> parse(String typed) {
        if (typed == null || typed.length() > 100) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            } else if (!Character.isWhitespace(c) && c != '-' && c != '.' && c != '\u00a0') {
                return Optional.empty();
            }
        }
        String all = digits.toString();
        if (all.length() != DIGITS || !Damm.valid(all)) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(all.substring(0, LOCATOR_DIGITS), all.substring(LOCATOR_DIGITS, DIGITS - 1)));
    }

    public String digits() {
        String body = locator + secret;
        return body + Damm.checkDigit(body);
    }

    /** "1234 5678 9012 3456 7890": five groups of four, easy to read aloud and write down. */
    public String grouped() {
        return digits().replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    /** Never the secret: a receipt must not end up in a log through an exception message or a debugger. */
    @Override
    public String toString() {
        return "Receipt[" + locator + ", secret hidden]";
    }

    private static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
