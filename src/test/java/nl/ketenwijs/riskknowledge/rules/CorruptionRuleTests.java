package nl.ketenwijs.riskknowledge.rules;

import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCOA;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.IVORY_COAST;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.countryRow;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorruptionRuleTests {

    @ParameterizedTest
    @CsvSource({"3.77, HIGH", "24.99, HIGH", "25.00, MEDIUM", "49.99, MEDIUM", "50.00, LOW", "99.53, LOW"})
    void theControlOfCorruptionRankGivesTheLevel(String rank, Level level) {
        assertThat(new CorruptionRule()
                        .assess(COCOA, IVORY_COAST, evidence(countryRow(EvidenceSet.WGI, "cc_pctrank", rank))))
                .hasValueSatisfying(risk -> {
                    assertThat(risk.level()).isEqualTo(level);
                    assertThat(risk.reasons().get(0).rule()).isEqualTo("wgi_control_of_corruption");
                });
    }

    @Test
    void aCountryWithoutRankGivesNothing() {
        assertThat(new CorruptionRule().assess(COCOA, IVORY_COAST, evidence())).isEmpty();
    }
}
