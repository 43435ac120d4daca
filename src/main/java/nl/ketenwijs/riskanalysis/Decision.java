package nl.ketenwijs.riskanalysis;

/** What the company made of a register entry; OPEN until it says something. */
public enum Decision {
    OPEN,
    CONFIRMED,
    ADJUSTED,
    DISMISSED,
    /** A dismissed or adjusted entry taken back to the defaults. */
    REOPENED
}
