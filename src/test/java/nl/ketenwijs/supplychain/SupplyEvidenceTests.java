package nl.ketenwijs.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupplyEvidenceTests {

    static final UUID ORIGIN = UUID.randomUUID();
    static final UUID OTHER_ORIGIN = UUID.randomUUID();

    @Test
    void theTierClosestToTheOriginDecides() {
        SupplyEvidence evidence = SupplyEvidence.of(List.of(
                link(ORIGIN, 1, Set.of()),
                link(ORIGIN, 2, Set.of(Certification.RAINFOREST_ALLIANCE, Certification.ORGANIC)),
                link(ORIGIN, 2, Set.of(Certification.RAINFOREST_ALLIANCE))));

        assertThat(evidence.certifications()).containsExactly(Certification.RAINFOREST_ALLIANCE);
        assertThat(evidence.hasSuppliers()).isTrue();
        assertThat(evidence.auditFailed()).isFalse();
    }

    @Test
    void aCertificateOnlyNearTheCompanyCountsForNothing() {
        SupplyEvidence evidence =
                SupplyEvidence.of(List.of(link(ORIGIN, 1, Set.of(Certification.FAIRTRADE)), link(ORIGIN, 3, Set.of())));

        assertThat(evidence.certifications()).isEmpty();
    }

    @Test
    void everyOriginOfThePairMustHoldItAndAnOriginWithoutSuppliersHoldsNone() {
        assertThat(SupplyEvidence.of(List.of(
                                link(ORIGIN, 1, Set.of(Certification.RSPO)),
                                link(OTHER_ORIGIN, 2, Set.of(Certification.RSPO, Certification.ORGANIC))))
                        .certifications())
                .containsExactly(Certification.RSPO);
        SupplyEvidence partly = SupplyEvidence.of(List.of(
                link(ORIGIN, 1, Set.of(Certification.RSPO)),
                new SupplyEvidence.Link(OTHER_ORIGIN, null, Set.of(), false)));
        assertThat(partly.certifications()).isEmpty();
        assertThat(partly.hasSuppliers()).isTrue();
    }

    @Test
    void noSuppliersMeansNoEvidenceAndAnyFailedAuditCounts() {
        SupplyEvidence none = SupplyEvidence.of(List.of(new SupplyEvidence.Link(ORIGIN, null, Set.of(), false)));
        assertThat(none.hasSuppliers()).isFalse();
        assertThat(none.certifications()).isEmpty();

        assertThat(SupplyEvidence.of(
                                List.of(link(ORIGIN, 1, Set.of()), new SupplyEvidence.Link(ORIGIN, 2, Set.of(), true)))
                        .auditFailed())
                .isTrue();
    }

    private static SupplyEvidence.Link link(UUID origin, int tier, Set<Certification> certifications) {
        return new SupplyEvidence.Link(origin, tier, certifications, false);
    }
}
