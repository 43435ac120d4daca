package nl.ketenwijs.shared;

/**
 * Seals values that must stay readable to the application but not to whoever holds a database dump or
 * backup. The context names where a sealed value belongs (for example {@code "app_user.totp_secret:" +
 * id}): a value copied to another row or column does not open.
 */
public interface SecretBox {

    /** A printable text to store; sealing one value twice gives two different texts. */
    String seal(String plaintext, String context);

    /**
     * The value sealed for this context.
     *
     * @throws SecretNotOpened when the text was not sealed for this context with this key, was changed, or
     *     is not a sealed text at all
     */
    String open(String sealed, String context);
}
