package nl.ketenwijs.grievance.cases;

/** A message or question for the other side, or more information about what happened. */
public enum MessageKind {
    MESSAGE,
    INFORMATION
}
