package nl.ketenwijs.grievance.photos;

/** A file that is not taken as a photo, with the reason in a word the portal turns into the person's language. */
public class PhotoRejected extends RuntimeException {

    public enum Reason {
        EMPTY,
        TOO_LARGE,
        TOO_MANY,
        NOT_A_PHOTO,
        TOO_MANY_PIXELS
    }

    private final Reason reason;

    public PhotoRejected(Reason reason) {
        super("Photo refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
