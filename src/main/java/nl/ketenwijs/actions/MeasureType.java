package nl.ketenwijs.actions;

/**
 * What a measure does about a risk, in the order of the OECD due-diligence guidance: prevent what has not
 * happened, mitigate what may, remediate what did, use leverage over those who cause it, and, as a last
 * resort, leave responsibly.
 */
public enum MeasureType {
    PREVENT,
    MITIGATE,
    REMEDIATE,
    USE_LEVERAGE,
    RESPONSIBLE_EXIT
}
