package nl.ketenwijs.supplychain.mapping;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.supplychain.Certification;

/** A supplier of the company, with what it supplies: each raw material's origin it is on, at which tier. */
public record Supplier(UUID id, SupplierInput details, List<Supplies> supplies) {

    public Supplier {
        supplies = List.copyOf(supplies);
    }

    public String name() {
        return details.name();
    }

    public List<Certification> certifications() {
        return details.certifications();
    }

    /** One origin this supplier is on. A null country is an origin the company does not know. */
    public record Supplies(
            UUID linkId, UUID materialId, String product, String material, String countryIso3, int tier) {}
}
