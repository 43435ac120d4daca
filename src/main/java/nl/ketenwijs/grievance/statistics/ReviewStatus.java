package nl.ketenwijs.grievance.statistics;

/** How the secretariat judges the mechanism against one criterion in a year. */
enum ReviewStatus {
    NOT_ASSESSED,
    MET,
    PARTLY_MET,
    NOT_MET
}
