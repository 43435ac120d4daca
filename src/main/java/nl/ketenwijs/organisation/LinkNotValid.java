package nl.ketenwijs.organisation;

/**
 * An invitation or reset link that is unknown, used, withdrawn or expired. One failure for all four, so
 * that a guessed link learns nothing.
 */
public class LinkNotValid extends RuntimeException {

    public LinkNotValid() {
        super("This link is not valid (any more)");
    }
}
