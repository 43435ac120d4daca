package nl.ketenwijs.organisation.registry;

/** Another organisation has this name (names are unique regardless of case). */
public class OrganisationNameTaken extends RuntimeException {

    public OrganisationNameTaken() {
        super("An organisation with this name exists");
    }
}
