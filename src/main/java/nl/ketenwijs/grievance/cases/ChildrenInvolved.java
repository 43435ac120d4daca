package nl.ketenwijs.grievance.cases;

/** Whether children are affected: a case with children goes first. */
public enum ChildrenInvolved {
    YES,
    NO,
    UNKNOWN
}
