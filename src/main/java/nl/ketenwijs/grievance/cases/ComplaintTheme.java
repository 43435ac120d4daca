package nl.ketenwijs.grievance.cases;

/** What a complaint is about, in words a complainant recognises; a complaint may name several or none. */
public enum ComplaintTheme {
    CHILD_LABOUR,
    FORCED_LABOUR,
    WAGES,
    WORKING_HOURS,
    HEALTH_SAFETY,
    DISCRIMINATION,
    HARASSMENT,
    UNION_RIGHTS,
    LAND,
    ENVIRONMENT,
    OTHER
}
