package nl.ketenwijs.riskknowledge.rules;

import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCOA;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.IVORY_COAST;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.countryRow;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WgiRankRuleTests {

    @ParameterizedTest
    @CsvSource({"3.77, HIGH", "24.99, HIGH", "25.00, MEDIUM", "49.99, MEDIUM", "50.00, LOW", "99.53, LOW"})
    void theControlOfCorruptionRankGivesTheLevel(String rank, Level level) {
        assertThat(WgiRankRule.CORRUPTION.assess(
                        COCOA, IVORY_COAST, evidence(countryRow(EvidenceSet.WGI, "cc_pctrank", rank))))
                .hasValueSatisfying(risk -> {
                    assertThat(risk.theme()).isEqualTo(Theme.CORRUPTION);
                    assertThat(risk.level()).isEqualTo(level);
                    assertThat(risk.reasons().get(0).rule()).isEqualTo("wgi_control_of_corruption");
                });
    }

    @Test
    void freedomOfAssociationReadsVoiceAndAccountabilityAndSaysItIsAProxy() {
        assertThat(WgiRankRule.FREEDOM_OF_ASSOCIATION.assess(
                        COCOA, IVORY_COAST, evidence(countryRow(EvidenceSet.WGI, "va_pctrank", "31.37"))))
                .hasValueSatisfying(risk -> {
                    assertThat(risk.theme()).isEqualTo(Theme.FREEDOM_OF_ASSOCIATION);
                    assertThat(risk.level()).isEqualTo(Level.MEDIUM);
                    assertThat(risk.reasons().get(0).field()).isEqualTo("va_pctrank");
                    assertThat(risk.reasons().get(0).text()).contains("proxy");
                });
    }

    @Test
    void aCountryWithoutRankGivesNothing() {
        assertThat(WgiRankRule.CORRUPTION.assess(COCOA, IVORY_COAST, evidence()))
                .isEmpty();
    }
}
