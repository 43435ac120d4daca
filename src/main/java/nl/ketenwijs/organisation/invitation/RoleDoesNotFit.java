package nl.ketenwijs.organisation.invitation;

/** A role of another kind of organisation, such as a complaint handler for a company. */
public class RoleDoesNotFit extends RuntimeException {

    public RoleDoesNotFit() {
        super("The role does not fit the kind of organisation");
    }
}
