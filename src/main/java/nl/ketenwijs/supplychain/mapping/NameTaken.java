package nl.ketenwijs.supplychain.mapping;

/** A product of the company, or a raw material of the product, already has this name (in any case). */
public class NameTaken extends RuntimeException {

    public NameTaken(String name) {
        super("The name is taken: " + name);
    }
}
