package nl.ketenwijs.shared;

/**
 * A stored secret that does not open: changed, moved to another row or column, sealed with another master
 * key, or never sealed at all. Never treated as an absent secret, so that such data is noticed at once.
 */
public class SecretNotOpened extends IllegalStateException {

    public SecretNotOpened(String context, String reason) {
        super("The sealed value of " + context + " does not open: " + reason);
    }
}
