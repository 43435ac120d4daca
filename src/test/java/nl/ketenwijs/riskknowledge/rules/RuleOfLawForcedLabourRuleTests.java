package nl.ketenwijs.riskknowledge.rules;

import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCOA;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.IVORY_COAST;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.countryRow;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.junit.jupiter.api.Test;

class RuleOfLawForcedLabourRuleTests {

    private final RuleOfLawForcedLabourRule rule = new RuleOfLawForcedLabourRule();

    @Test
    void aRankInTheWorstQuarterIsAtMostMedium() {
        assertThat(rule.assess(COCOA, IVORY_COAST, evidence(countryRow(EvidenceSet.WGI, "rl_pctrank", "2.83"))))
                .hasValueSatisfying(risk -> assertThat(risk.level()).isEqualTo(Level.MEDIUM));
    }

    @Test
    void aBetterRankIsNoEvidenceOfLowRisk() {
        assertThat(rule.assess(COCOA, IVORY_COAST, evidence(countryRow(EvidenceSet.WGI, "rl_pctrank", "25.00"))))
                .isEmpty();
    }
}
