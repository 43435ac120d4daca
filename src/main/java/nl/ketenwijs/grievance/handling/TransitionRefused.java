package nl.ketenwijs.grievance.handling;

/** A move that the procedure or the case's current state does not allow; nothing was changed. */
public class TransitionRefused extends RuntimeException {

    public enum Why {
        /** The graph of the procedure has no such move from the case's stage. */
        NOT_ALLOWED,
        /** Someone changed the case after the form was made. */
        STALE,
        /** Closing a case needs one of the standard closing reasons. */
        REASON_REQUIRED
    }

    private final Why why;

    public TransitionRefused(Why why) {
        super("Transition refused: " + why);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
