package nl.ketenwijs.supplychain.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.supplychain.Certification;

/** One origin of a raw material with the suppliers on its way, closest to the company (tier 1) first. */
public record OriginSuppliers(UUID originId, UUID materialId, String countryIso3, List<Linked> suppliers) {

    public OriginSuppliers {
        suppliers = List.copyOf(suppliers);
    }

    public boolean isUnknown() {
        return countryIso3 == null;
    }

    /** The way the raw material travels: from the supplier closest to the origin to the direct one. */
    public List<Linked> fromOrigin() {
        return suppliers.stream()
                .sorted(Comparator.comparingInt(Linked::tier).reversed())
                .toList();
    }

    /** A supplier on this origin at a tier. */
    public record Linked(
            UUID linkId,
            UUID supplierId,
            String name,
            SupplierKind kind,
            int tier,
            List<Certification> certifications,
            AuditResult auditResult) {

        public Linked {
            certifications = List.copyOf(certifications);
        }
    }
}
