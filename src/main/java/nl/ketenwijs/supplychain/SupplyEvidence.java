package nl.ketenwijs.supplychain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the suppliers recorded for one (commodity, country) pair say about it. The rule, kept simple so a
 * company can follow it:
 * <ul>
 *   <li>Per origin, the suppliers that count are those at the tier closest to the origin (the highest tier
 *       number recorded for it): production risks arise there, and a trader's certificate alone says little
 *       about the farm.
 *   <li>An origin's supply holds a certification when every supplier at that tier holds it.
 *   <li>The pair holds a certification when every origin of the pair does. An origin without any supplier
 *       recorded holds none, so a pair partly unaccounted for is not called certified.
 *   <li>A failed last audit of any supplier on any origin of the pair counts for the pair.
 * </ul>
 */
final class SupplyEvidence {

    /** One supplier on one origin of the pair; a null tier is an origin with no supplier recorded. */
    record Link(UUID origin, Integer tier, Set<Certification> certifications, boolean auditFailed) {}

    private final List<Certification> certifications;
    private final boolean hasSuppliers;
    private final boolean auditFailed;

    private SupplyEvidence(List<Certification> certifications, boolean hasSuppliers, boolean auditFailed) {
        this.certifications = certifications;
        this.hasSuppliers = hasSuppliers;
        this.auditFailed = auditFailed;
    }

    static SupplyEvidence of(Collection<Link> links) {
        Map<UUID, List<Link>> byOrigin = new LinkedHashMap<>();
        links.forEach(link -> byOrigin.computeIfAbsent(link.origin(), origin -> new ArrayList<>())
                .add(link));
        Set<Certification> held =
                byOrigin.isEmpty() ? EnumSet.noneOf(Certification.class) : EnumSet.allOf(Certification.class);
        for (List<Link> origin : byOrigin.values()) {
            held.retainAll(heldAtSource(origin));
        }
        return new SupplyEvidence(
                List.copyOf(held),
                links.stream().anyMatch(link -> link.tier() != null),
                links.stream().anyMatch(Link::auditFailed));
    }

    private static Set<Certification> heldAtSource(List<Link> origin) {
        int source = origin.stream()
                .filter(link -> link.tier() != null)
                .mapToInt(Link::tier)
                .max()
                .orElse(0);
        Set<Certification> held =
                source == 0 ? EnumSet.noneOf(Certification.class) : EnumSet.allOf(Certification.class);
        origin.stream()
                .filter(link -> link.tier() != null && link.tier() == source)
                .forEach(link -> held.retainAll(link.certifications()));
        return held;
    }

    List<Certification> certifications() {
        return certifications;
    }

    boolean hasSuppliers() {
        return hasSuppliers;
    }

    boolean auditFailed() {
        return auditFailed;
    }
}
