package nl.ketenwijs.quickscan.scan;

import java.util.List;
import java.util.Optional;

/** A product the company sells, by its own name, with its main raw materials. */
public record ScanProduct(String name, List<ScanMaterial> materials) {

    public ScanProduct {
        materials = List.copyOf(materials);
    }

    Optional<ScanMaterial> material(String name) {
        return materials.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }
}
