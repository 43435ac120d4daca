package nl.ketenwijs.actions.collective;

/** Where an organisation stands in a project. */
public enum Participation {
    /** Not invited, not joined. */
    NONE,
    INVITED,
    JOINED,
    DECLINED
}
