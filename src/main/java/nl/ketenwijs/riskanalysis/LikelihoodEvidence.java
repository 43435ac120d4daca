package nl.ketenwijs.riskanalysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.Certification;

/**
 * What a company's suppliers do to the likelihood of a risk, before the company's own judgement. A
 * certification held on the supply (see the supply chain's rule) lowers it by one, at least to 1, for the
 * themes the scheme's standard audits; a failed last audit of a supplier on the pair raises it by one, at
 * most to 5. One step each, not one per certificate: schemes overlap, and a certificate lowers the chance
 * that a problem goes unnoticed, it does not rule the problem out. A pair without suppliers keeps the
 * likelihood the inherent level gives.
 */
public final class LikelihoodEvidence {

    private static final Set<Theme> LABOUR = EnumSet.of(
            Theme.CHILD_LABOUR,
            Theme.FORCED_LABOUR,
            Theme.LIVING_WAGE,
            Theme.FREEDOM_OF_ASSOCIATION,
            Theme.HEALTH_AND_SAFETY);

    /**
     * The themes each scheme's standard sets requirements for and has audited at the producer:
     * <ul>
     *   <li>Fairtrade, Rainforest Alliance and the older UTZ: the labour criteria of their producer standards
     *       (Fairtrade also sets a minimum price, so living wage counts);
     *   <li>RSPO, RTRS and ProTerra: no deforestation or conversion after a cut-off date, and free, prior and
     *       informed consent for land use;
     *   <li>organic: no synthetic pesticides;
     *   <li>MSC (wild fish) and ASC (farmed fish): the fishery's or farm's environmental footprint, and for
     *       ASC the workers on the farm; MSC's standard does not audit labour;
     *   <li>Bonsucro: labour on the cane farm and mill, and water use;
     *   <li>other: an unnamed scheme covers nothing we can name.
     * </ul>
     */
    static final Map<Certification, Set<Theme>> COVERS = Map.of(
            Certification.FAIRTRADE, LABOUR,
            Certification.RAINFOREST_ALLIANCE, LABOUR,
            Certification.UTZ, LABOUR,
            Certification.RSPO, EnumSet.of(Theme.DEFORESTATION, Theme.LAND_RIGHTS),
            Certification.RTRS, EnumSet.of(Theme.DEFORESTATION, Theme.LAND_RIGHTS),
            Certification.PROTERRA, EnumSet.of(Theme.DEFORESTATION, Theme.LAND_RIGHTS),
            Certification.ORGANIC, EnumSet.of(Theme.PESTICIDES_POLLUTION),
            Certification.MSC, EnumSet.of(Theme.WATER, Theme.ANIMAL_WELFARE),
            Certification.ASC, EnumSet.of(Theme.WATER, Theme.PESTICIDES_POLLUTION, Theme.HEALTH_AND_SAFETY),
            Certification.BONSUCRO, union(LABOUR, EnumSet.of(Theme.WATER)));

    private LikelihoodEvidence() {}

    /** One step applied to the likelihood, and why. */
    public record Adjustment(Kind kind, List<Certification> certifications, int from, int to) {

        public Adjustment {
            certifications = List.copyOf(certifications);
        }

        public enum Kind {
            CERTIFIED,
            AUDIT_FAILED
        }
    }

    /**
     * The steps from the inherent likelihood for this theme; none for an unknown one (a gap stays a gap) and
     * none that would not change it.
     */
    static List<Adjustment> adjustments(Theme theme, Integer inherent, List<Certification> held, boolean auditFailed) {
        List<Adjustment> steps = new ArrayList<>();
        if (inherent == null) {
            return steps;
        }
        int likelihood = inherent;
        List<Certification> covering = held.stream()
                .filter(c -> COVERS.getOrDefault(c, Set.of()).contains(theme))
                .toList();
        if (!covering.isEmpty() && likelihood > 1) {
            steps.add(new Adjustment(Adjustment.Kind.CERTIFIED, covering, likelihood, likelihood - 1));
            likelihood--;
        }
        if (auditFailed && likelihood < 5) {
            steps.add(new Adjustment(Adjustment.Kind.AUDIT_FAILED, List.of(), likelihood, likelihood + 1));
        }
        return steps;
    }

    /** The likelihood after the steps. */
    static Integer apply(Integer inherent, List<Adjustment> steps) {
        return steps.isEmpty()
                ? inherent
                : Integer.valueOf(steps.get(steps.size() - 1).to());
    }

    private static Set<Theme> union(Set<Theme> first, Set<Theme> second) {
        Set<Theme> both = EnumSet.copyOf(first);
        both.addAll(second);
        return both;
    }
}
