package nl.ketenwijs.organisation;

/** What a person must still do after a correct password. */
public enum SecondFactorRequirement {
    /** Nothing: the password was enough. */
    NONE,
    /** Give a code from their authenticator app, or a recovery code. */
    CODE,
    /** Their role or organisation requires a second factor they have not set up yet. */
    ENROL
}
