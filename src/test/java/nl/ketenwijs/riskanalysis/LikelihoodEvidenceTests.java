package nl.ketenwijs.riskanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ketenwijs.riskanalysis.LikelihoodEvidence.Adjustment;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.Certification;
import org.junit.jupiter.api.Test;

class LikelihoodEvidenceTests {

    @Test
    void aCoveringCertificationLowersByOneStepHoweverManyCoverIt() {
        List<Adjustment> steps = LikelihoodEvidence.adjustments(
                Theme.CHILD_LABOUR, 5, List.of(Certification.FAIRTRADE, Certification.RAINFOREST_ALLIANCE), false);

        assertThat(steps)
                .containsExactly(new Adjustment(
                        Adjustment.Kind.CERTIFIED,
                        List.of(Certification.FAIRTRADE, Certification.RAINFOREST_ALLIANCE),
                        5,
                        4));
        assertThat(LikelihoodEvidence.apply(5, steps)).isEqualTo(4);
    }

    @Test
    void aCertificationThatDoesNotCoverTheThemeChangesNothing() {
        assertThat(LikelihoodEvidence.adjustments(Theme.CHILD_LABOUR, 4, List.of(Certification.RSPO), false))
                .isEmpty();
        assertThat(LikelihoodEvidence.adjustments(Theme.DEFORESTATION, 4, List.of(Certification.RSPO), false))
                .hasSize(1);
    }

    @Test
    void boundsAreOneAndFiveAndAGapStaysAGap() {
        assertThat(LikelihoodEvidence.adjustments(Theme.PESTICIDES_POLLUTION, 1, List.of(Certification.ORGANIC), false))
                .isEmpty();
        assertThat(LikelihoodEvidence.adjustments(Theme.CORRUPTION, 5, List.of(), true))
                .isEmpty();
        assertThat(LikelihoodEvidence.adjustments(Theme.CORRUPTION, 3, List.of(), true))
                .containsExactly(new Adjustment(Adjustment.Kind.AUDIT_FAILED, List.of(), 3, 4));
        assertThat(LikelihoodEvidence.adjustments(Theme.WATER, null, List.of(Certification.BONSUCRO), true))
                .isEmpty();
        assertThat(LikelihoodEvidence.apply(null, List.of())).isNull();
    }

    @Test
    void certifiedAndFailedTogetherCancelOut() {
        List<Adjustment> steps = LikelihoodEvidence.adjustments(Theme.WATER, 4, List.of(Certification.BONSUCRO), true);

        assertThat(steps)
                .extracting(Adjustment::kind)
                .containsExactly(Adjustment.Kind.CERTIFIED, Adjustment.Kind.AUDIT_FAILED);
        assertThat(LikelihoodEvidence.apply(4, steps)).isEqualTo(4);
    }
}
