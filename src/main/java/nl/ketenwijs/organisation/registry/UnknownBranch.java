package nl.ketenwijs.organisation.registry;

/** A company must belong to one or more existing branch organisations. */
public class UnknownBranch extends RuntimeException {

    public UnknownBranch() {
        super("Choose one or more existing branch organisations");
    }
}
