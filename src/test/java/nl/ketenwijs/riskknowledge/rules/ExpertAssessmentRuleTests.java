package nl.ketenwijs.riskknowledge.rules;

import static nl.ketenwijs.riskknowledge.rules.Fixtures.COCOA;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.IVORY_COAST;
import static nl.ketenwijs.riskknowledge.rules.Fixtures.countryRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.ExpertNote;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.junit.jupiter.api.Test;

class ExpertAssessmentRuleTests {

    private static final Country GHANA = new Country("GH", "GHA", "Ghana", "Ghana");

    private static ExpertEntry entry(Theme theme, String iso3, Level level, String rationale) {
        return new ExpertEntry(
                "cocoa",
                theme,
                iso3,
                level,
                new ExpertNote(
                        rationale + " (nl)",
                        rationale,
                        "ILO, Convention No. 184",
                        null,
                        LocalDate.of(2026, 11, 24),
                        3,
                        false));
    }

    private static Evidence evidence(List<SourceRow> rows, ExpertEntry... entries) {
        return new Evidence(rows, Map.of("cocoa", Set.of("Cocoa")), List.of(entries));
    }

    @Test
    void theEntryForTheCountryOfOriginBeatsTheGeneralOne() {
        Evidence evidence = evidence(
                List.of(),
                entry(Theme.WATER, null, Level.LOW, "General."),
                entry(Theme.WATER, "CIV", Level.HIGH, "Ivory Coast."));
        assertThat(RiskRules.assess(Theme.WATER, COCOA, IVORY_COAST, evidence).level())
                .isEqualTo(Level.HIGH);
        assertThat(RiskRules.assess(Theme.WATER, COCOA, GHANA, evidence).level())
                .as("another origin gets the general entry")
                .isEqualTo(Level.LOW);
    }

    @Test
    void openDataBeatsAnExpertEntry() {
        Evidence evidence = evidence(
                List.of(countryRow(EvidenceSet.WGI, "cc_pctrank", "80")),
                entry(Theme.CORRUPTION, null, Level.VERY_HIGH, "Judgement."));
        ThemeRisk risk = RiskRules.assess(Theme.CORRUPTION, COCOA, IVORY_COAST, evidence);
        assertThat(risk.level()).isEqualTo(Level.LOW);
        assertThat(risk.reasons().get(0).rule()).isEqualTo("wgi_control_of_corruption");
        assertThat(risk.reasons().get(0).expert()).isNull();
    }

    @Test
    void withoutOpenDataTheExpertEntryDecidesAndItsReasonCitesIt() {
        Evidence evidence = evidence(List.of(), entry(Theme.CORRUPTION, null, Level.HIGH, "Judgement."));
        ThemeRisk risk = RiskRules.assess(Theme.CORRUPTION, COCOA, IVORY_COAST, evidence);
        assertThat(risk.level()).isEqualTo(Level.HIGH);
        Reason reason = risk.reasons().get(0);
        assertThat(reason.dataSet()).isEqualTo("expert_assessment");
        assertThat(reason.edition()).isEqualTo("2026-11-24");
        assertThat(reason.field()).isEqualTo("corruption");
        assertThat(reason.value()).isEqualTo("high");
        assertThat(reason.rule()).isEqualTo("expert_assessment");
        assertThat(reason.ruleVersion()).isEqualTo(1);
        assertThat(reason.text())
                .contains("Judgement.")
                .contains("ILO, Convention No. 184")
                .contains("not a measurement");
        assertThat(reason.expert().rationaleNl()).isEqualTo("Judgement. (nl)");
        assertThat(reason.expert().version()).isEqualTo(3);
    }

    @Test
    void aThemeWithoutEntryStillAsksForOne() {
        Evidence evidence = evidence(List.of(), entry(Theme.WATER, "GHA", Level.HIGH, "Ghana only."));
        ThemeRisk risk = RiskRules.assess(Theme.WATER, COCOA, IVORY_COAST, evidence);
        assertThat(risk.level()).isEqualTo(Level.UNKNOWN);
        assertThat(risk.reasons().get(0).text()).contains("expert entry is needed");
        assertThat(RiskRules.assess(Theme.LIVING_WAGE, COCOA, IVORY_COAST, evidence)
                        .level())
                .isEqualTo(Level.UNKNOWN);
    }

    @Test
    void anEnglishReaderGetsTheDutchRationaleWhenNoEnglishOneIsWritten() {
        ExpertNote dutchOnly = new ExpertNote("Alleen Nederlands.", " ", "FAO", null, LocalDate.now(), 1, true);
        assertThat(dutchOnly.rationale(java.util.Locale.ENGLISH)).isEqualTo("Alleen Nederlands.");
        assertThat(dutchOnly.rationaleEn()).isEqualTo("Alleen Nederlands.");
    }
}
