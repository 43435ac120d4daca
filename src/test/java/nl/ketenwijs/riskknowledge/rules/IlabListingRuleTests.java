package nl.ketenwijs.riskknowledge.rules;

import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCOA;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCONUT;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.IVORY_COAST;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.cocoaListing;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import org.junit.jupiter.api.Test;

class IlabListingRuleTests {

    @Test
    void aChildLabourListingOfTheCommodityIsVeryHighWithTheRowAsReason() {
        ThemeRisk risk = IlabListingRule.CHILD_LABOUR
                .assess(COCOA, IVORY_COAST, evidence(cocoaListing("Yes", "No", "No")))
                .orElseThrow();
        assertThat(risk.level()).isEqualTo(Level.VERY_HIGH);
        Reason reason = risk.reasons().get(0);
        assertThat(reason.dataSet()).isEqualTo("ilab_goods");
        assertThat(reason.edition()).isEqualTo("2022");
        assertThat(reason.subject()).isEqualTo("Cocoa");
        assertThat(reason.field()).isEqualTo("child_labor");
        assertThat(reason.value()).isEqualTo("Yes");
        assertThat(reason.rule()).isEqualTo("ilab_listing_child_labour");
        assertThat(reason.text()).contains("Côte d'Ivoire");
    }

    @Test
    void forcedChildLabourCountsForBothThemes() {
        Evidence evidence = evidence(cocoaListing("No", "No", "Yes"));
        assertThat(IlabListingRule.CHILD_LABOUR.assess(COCOA, IVORY_COAST, evidence))
                .hasValueSatisfying(risk -> assertThat(risk.level()).isEqualTo(Level.VERY_HIGH));
        assertThat(IlabListingRule.FORCED_LABOUR.assess(COCOA, IVORY_COAST, evidence))
                .hasValueSatisfying(risk -> assertThat(risk.level()).isEqualTo(Level.VERY_HIGH));
    }

    @Test
    void aChildLabourListingSaysNothingAboutForcedLabour() {
        assertThat(IlabListingRule.FORCED_LABOUR.assess(COCOA, IVORY_COAST, evidence(cocoaListing("Yes", "No", "No"))))
                .isEmpty();
    }

    @Test
    void noListingGivesNothingRatherThanLow() {
        assertThat(IlabListingRule.CHILD_LABOUR.assess(
                        COCONUT, IVORY_COAST, evidence(cocoaListing("Yes", "Yes", "Yes"))))
                .isEmpty();
    }
}
