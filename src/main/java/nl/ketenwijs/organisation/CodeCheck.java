package nl.ketenwijs.organisation;

/** The answer to a second-factor code. */
public enum CodeCheck {
    ACCEPTED,
    REJECTED,
    /** Too many failures with this name: not even a right code is looked at now. */
    THROTTLED
}
