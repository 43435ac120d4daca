package nl.ketenwijs.supplychain.mapping;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A raw material as the company calls it, the knowledge base's commodity it is (null while unclassified),
 * how much of it the company buys, and where it comes from.
 */
public record RawMaterial(
        UUID id, UUID productId, String name, String commodityCode, Quantities quantities, List<Origin> origins) {

    public RawMaterial {
        origins = List.copyOf(origins);
    }

    public boolean isClassified() {
        return commodityCode != null;
    }

    /** Whether the company has said it does not know (all of) where this comes from. */
    public boolean hasUnknownOrigin() {
        return origins.isEmpty() || origins.stream().anyMatch(Origin::isUnknown);
    }

    public List<String> knownCountries() {
        return origins.stream().map(Origin::iso3).filter(Objects::nonNull).toList();
    }
}
