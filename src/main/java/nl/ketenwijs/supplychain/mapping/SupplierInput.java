package nl.ketenwijs.supplychain.mapping;

import java.util.List;
import nl.ketenwijs.supplychain.Certification;

/** A supplier as it is stored: optional texts are null when empty, audit is null when none is recorded. */
public record SupplierInput(
        String name,
        SupplierKind kind,
        String countryIso3,
        String place,
        String address,
        List<Certification> certifications,
        Audit audit) {

    public SupplierInput {
        certifications = List.copyOf(certifications);
    }
}
