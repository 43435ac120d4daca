package nl.ketenwijs.grievance.handling;

/**
 * The chosen person may not handle this case: they declared an interest in a company it concerns, or they
 * are no complaint handler. Nothing was changed.
 */
public class AssignmentRefused extends RuntimeException {

    public AssignmentRefused() {
        super("This person cannot be assigned this case");
    }
}
