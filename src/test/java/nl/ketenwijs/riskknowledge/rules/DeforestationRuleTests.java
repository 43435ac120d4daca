package nl.ketenwijs.riskknowledge.rules;

import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCOA;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCONUT;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.IVORY_COAST;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.PALM_KERNEL_OIL;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.countryRow;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeforestationRuleTests {

    private final DeforestationRule rule = new DeforestationRule();

    @ParameterizedTest
    @CsvSource({"3019007.6, VERY_HIGH", "207332.0, HIGH", "42074.1, MEDIUM", "1924.7, LOW"})
    void anEudrCommodityTakesTheTreeCoverLossLevelOfTheCountry(String hectares, Level level) {
        assertThat(rule.assess(
                        COCOA,
                        IVORY_COAST,
                        evidence(countryRow(EvidenceSet.TREE_COVER_LOSS, "loss_ha_2019_2023_mean", hectares))))
                .hasValueSatisfying(risk -> assertThat(risk.level()).isEqualTo(level));
    }

    @Test
    void theGateGoesByHsSubheading() {
        assertThat(DeforestationRule.isEudrCommodity(PALM_KERNEL_OIL)).isTrue();
        assertThat(DeforestationRule.isEudrCommodity(COCONUT)).isFalse();
    }

    @Test
    void aCommodityOutsideTheGateGivesNothing() {
        assertThat(rule.assess(
                        COCONUT,
                        IVORY_COAST,
                        evidence(countryRow(EvidenceSet.TREE_COVER_LOSS, "loss_ha_2019_2023_mean", "207332.0"))))
                .isEmpty();
    }
}
