package nl.ketenwijs.grievance.statistics;

/** The effectiveness criteria of UN Guiding Principle 31 for non-judicial grievance mechanisms. */
enum Criterion {
    LEGITIMATE,
    ACCESSIBLE,
    PREDICTABLE,
    EQUITABLE,
    TRANSPARENT,
    RIGHTS_COMPATIBLE,
    CONTINUOUS_LEARNING,
    ENGAGEMENT_AND_DIALOGUE
}
