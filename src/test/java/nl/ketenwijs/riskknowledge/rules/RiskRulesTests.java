package nl.ketenwijs.riskknowledge.rules;

import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCOA;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.IVORY_COAST;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.cocoaListing;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.countryRow;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.junit.jupiter.api.Test;

class RiskRulesTests {

    @Test
    void commoditySpecificEvidenceBeatsTheCountryFigure() {
        Evidence evidence = evidence(
                cocoaListing("Yes", "No", "No"),
                countryRow(EvidenceSet.ILAB_FINDINGS, "working_children_share", "0.01"));
        ThemeRisk risk = RiskRules.assess(Theme.CHILD_LABOUR, COCOA, IVORY_COAST, evidence);
        assertThat(risk.level()).isEqualTo(Level.VERY_HIGH);
        assertThat(risk.reasons()).extracting(r -> r.rule()).containsOnly("ilab_listing_child_labour");
    }

    @Test
    void withoutAListingTheCountryFigureDecides() {
        Evidence evidence = evidence(countryRow(EvidenceSet.ILAB_FINDINGS, "working_children_share", "0.38"));
        assertThat(RiskRules.assess(Theme.CHILD_LABOUR, COCOA, IVORY_COAST, evidence)
                        .level())
                .isEqualTo(Level.HIGH);
    }

    @Test
    void aThemeWithoutEvidenceIsUnknownAndSaysWhatIsMissing() {
        ThemeRisk risk = RiskRules.assess(Theme.CORRUPTION, COCOA, IVORY_COAST, evidence());
        assertThat(risk.level()).isEqualTo(Level.UNKNOWN);
        assertThat(risk.reasons().get(0).rule()).isEqualTo("no_evidence");
        assertThat(risk.reasons().get(0).text())
                .contains("Control of Corruption")
                .contains("not low risk");
    }

    @Test
    void anUnknownThemeNamesEveryRuleThatFoundNothing() {
        String text = RiskRules.assess(Theme.FORCED_LABOUR, COCOA, IVORY_COAST, evidence())
                .reasons()
                .get(0)
                .text();
        assertThat(text).contains("ILAB List of Goods").contains("Rule of Law");
    }

    @Test
    void aThemeWithoutAnOpenDataSetAsksForAnExpertEntry() {
        ThemeRisk risk = RiskRules.assess(Theme.LIVING_WAGE, COCOA, IVORY_COAST, evidence());
        assertThat(risk.level()).isEqualTo(Level.UNKNOWN);
        assertThat(risk.reasons().get(0).text()).contains("No open data set").contains("expert entry is needed");
    }
}
