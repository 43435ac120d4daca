package nl.ketenwijs.grievance.cases;

public enum Author {
    COMPLAINANT,
    HANDLER
}
