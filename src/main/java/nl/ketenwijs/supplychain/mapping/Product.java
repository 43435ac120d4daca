package nl.ketenwijs.supplychain.mapping;

import java.util.List;
import java.util.UUID;

/** Something the company sells, with the raw materials in it. */
public record Product(UUID id, String name, String articleCode, List<RawMaterial> materials) {

    public Product {
        materials = List.copyOf(materials);
    }

    /** Raw materials the knowledge base cannot assess yet: gaps the company is asked to close. */
    public long unclassified() {
        return materials.stream().filter(material -> !material.isClassified()).count();
    }
}
