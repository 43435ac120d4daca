package nl.ketenwijs.grievance.files;

/** A document or voice note that is not taken, with the reason the portal turns into the person's language. */
public class FileRejected extends RuntimeException {

    public enum Reason {
        EMPTY,
        TOO_LARGE,
        TOO_MANY,
        NOT_A_DOCUMENT,
        NOT_A_VOICE_NOTE,
        HIDDEN_NAME
    }

    private final Reason reason;

    public FileRejected(Reason reason) {
        super("File refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
