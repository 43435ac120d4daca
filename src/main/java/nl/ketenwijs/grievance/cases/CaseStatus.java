package nl.ketenwijs.grievance.cases;

/** The stages of the rules of procedure, in order; a closed case may be appealed to the committee. */
public enum CaseStatus {
    RECEIVED,
    ACKNOWLEDGED,
    ADMISSIBILITY,
    DIALOGUE,
    MEDIATION,
    REMEDY_AGREED,
    CLOSED,
    APPEALED
}
