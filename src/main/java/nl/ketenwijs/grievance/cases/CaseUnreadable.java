package nl.ketenwijs.grievance.cases;

/** A case's content cannot be opened: its key was deleted (on purpose, to erase it) or the data was changed. */
public class CaseUnreadable extends RuntimeException {

    public CaseUnreadable(String why) {
        super("The complaint cannot be read: " + why);
    }
}
