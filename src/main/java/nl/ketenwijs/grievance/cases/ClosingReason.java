package nl.ketenwijs.grievance.cases;

/** The standard outcomes a case closes with; they are counted in the yearly effectiveness review. */
public enum ClosingReason {
    REMEDY_PROVIDED,
    RESOLVED_BY_DIALOGUE,
    NOT_ADMISSIBLE,
    NOT_SUBSTANTIATED,
    WITHDRAWN,
    NO_CONTACT,
    REFERRED_ELSEWHERE
}
