package nl.ketenwijs.supplychain.mapping;

import java.util.List;

/** A product as an import names it, with its raw materials; added to the chain, never replacing it. */
public record ProductImport(String name, String articleCode, List<MaterialInput> materials) {

    public ProductImport {
        materials = List.copyOf(materials);
    }
}
