package nl.ketenwijs.riskknowledge.rules;

import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCOA;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.IVORY_COAST;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.countryRow;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildLabourFindingsRuleTests {

    @ParameterizedTest
    @CsvSource({"0.38, HIGH", "0.10, HIGH", "0.099, MEDIUM", "0.05, MEDIUM", "0.049, LOW", "0, LOW"})
    void theShareOfWorkingChildrenGivesTheLevel(String share, Level level) {
        assertThat(assess(share)).hasValueSatisfying(risk -> {
            assertThat(risk.level()).isEqualTo(level);
            assertThat(risk.reasons().get(0).field()).isEqualTo("working_children_share");
            assertThat(risk.reasons().get(0).value()).isEqualTo(share);
        });
    }

    @Test
    void anUnavailableShareGivesNothing() {
        assertThat(assess("Unavailable")).isEmpty();
    }

    @Test
    void aCountryWithoutFindingsGivesNothing() {
        assertThat(new ChildLabourFindingsRule().assess(COCOA, IVORY_COAST, evidence()))
                .isEmpty();
    }

    private Optional<ThemeRisk> assess(String share) {
        return new ChildLabourFindingsRule()
                .assess(
                        COCOA,
                        IVORY_COAST,
                        evidence(countryRow(EvidenceSet.ILAB_FINDINGS, "working_children_share", share)));
    }
}
