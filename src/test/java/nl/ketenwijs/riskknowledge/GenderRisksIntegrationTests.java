package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments;
import nl.ketenwijs.riskknowledge.expert.ExpertContent;
import nl.ketenwijs.riskknowledge.expert.ExpertKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coffee's climate and communities have no shipped entry: the tests write them and remove every trace again.
 * The shipped entries of the theme discrimination and gender are read as they are.
 */
class GenderRisksIntegrationTests extends WebIntegrationTest {

    private static final String BY = "admin@secretariaat.example";
    private static final ExpertKey CLIMATE = new ExpertKey("coffee", "climate", null);
    private static final ExpertKey CLIMATE_KENYA = new ExpertKey("coffee", "climate", "KEN");
    private static final ExpertKey COMMUNITIES = new ExpertKey("coffee", "communities", null);
    private static final CommodityCountry COFFEE_KENYA = new CommodityCountry("coffee", "KEN");
    private static final CommodityCountry COFFEE_BRAZIL = new CommodityCountry("coffee", "BRA");

    @Autowired
    GenderRisks genderRisks;

    @Autowired
    ExpertAssessments assessments;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeTheTestEntries() {
        ExpertEntries entries = ExpertEntries.in(context);
        entries.remove("coffee", "climate");
        entries.remove("coffee", "communities");
    }

    @Test
    void theCountryEntryBeatsTheGeneralOneAndAspectsOfThemesAddUp() {
        assertThat(genderRisks.of(COFFEE_KENYA)).isEmpty();
        save(CLIMATE, GenderAspect.SEXUAL_HARASSMENT, GenderAspect.PAY_GAP);
        save(CLIMATE_KENYA, GenderAspect.LAND_AND_CREDIT);
        save(COMMUNITIES, GenderAspect.PAY_GAP);

        assertThat(genderRisks.of(COFFEE_KENYA))
                .containsExactly(
                        new GenderRisk(GenderAspect.PAY_GAP, List.of(Theme.COMMUNITIES)),
                        new GenderRisk(GenderAspect.LAND_AND_CREDIT, List.of(Theme.CLIMATE)));
        assertThat(genderRisks.of(COFFEE_BRAZIL))
                .containsExactly(
                        new GenderRisk(GenderAspect.SEXUAL_HARASSMENT, List.of(Theme.CLIMATE)),
                        new GenderRisk(GenderAspect.PAY_GAP, List.of(Theme.COMMUNITIES, Theme.CLIMATE)));
    }

    @Test
    void aCountryEntryWithoutAspectsStillBeatsTheGeneralOne() {
        save(CLIMATE, GenderAspect.SEXUAL_HARASSMENT);
        save(CLIMATE_KENYA);

        assertThat(genderRisks.of(COFFEE_KENYA)).isEmpty();
        assertThat(genderRisks.of(COFFEE_BRAZIL))
                .extracting(GenderRisk::aspect)
                .containsExactly(GenderAspect.SEXUAL_HARASSMENT);
    }

    @Test
    void aWithdrawnEntryNoLongerMarksAnything() {
        save(CLIMATE, GenderAspect.SEXUAL_HARASSMENT);
        save(CLIMATE_KENYA, GenderAspect.MATERNITY_PROTECTION);

        assessments.withdraw(CLIMATE_KENYA, BY);
        assertThat(genderRisks.of(COFFEE_KENYA))
                .as("the general entry counts again")
                .extracting(GenderRisk::aspect)
                .containsExactly(GenderAspect.SEXUAL_HARASSMENT);

        assessments.withdraw(CLIMATE, BY);
        assertThat(genderRisks.of(COFFEE_KENYA)).isEmpty();
    }

    @Test
    void manyPairsAreAnsweredInOneLookUpEachPairOnceInTheOrderAsked() {
        save(CLIMATE_KENYA, GenderAspect.PAY_GAP);

        Map<CommodityCountry, List<GenderRisk>> marked =
                genderRisks.of(List.of(new CommodityCountry("tea", "KEN"), COFFEE_BRAZIL, COFFEE_KENYA, COFFEE_BRAZIL));

        assertThat(marked.keySet()).containsExactly(new CommodityCountry("tea", "KEN"), COFFEE_BRAZIL, COFFEE_KENYA);
        assertThat(marked.get(new CommodityCountry("tea", "KEN")))
                .as("the shipped entry for tea from Kenya")
                .contains(new GenderRisk(GenderAspect.SEXUAL_HARASSMENT, List.of(Theme.DISCRIMINATION_GENDER)));
        assertThat(marked.get(COFFEE_BRAZIL)).isEmpty();
        assertThat(marked.get(COFFEE_KENYA)).extracting(GenderRisk::aspect).containsExactly(GenderAspect.PAY_GAP);
    }

    @Test
    void theShippedSetMarksOnlyWhatItsRationaleShows() {
        assertThat(genderRisks.of(new CommodityCountry("palm_oil", "IDN")))
                .contains(new GenderRisk(GenderAspect.MATERNITY_PROTECTION, List.of(Theme.HEALTH_AND_SAFETY)))
                .extracting(GenderRisk::aspect)
                .contains(GenderAspect.SEXUAL_HARASSMENT, GenderAspect.UNPAID_FAMILY_LABOUR);
        assertThat(genderRisks.of(new CommodityCountry("cocoa", "CIV")))
                .extracting(GenderRisk::aspect)
                .containsExactly(GenderAspect.UNPAID_FAMILY_LABOUR, GenderAspect.LAND_AND_CREDIT);
        assertThat(genderRisks.of(new CommodityCountry("tea", "IND")))
                .as("the Kenyan entry is for Kenya only")
                .isEmpty();
    }

    @Test
    void theHistoryKeepsTheAspectsOfEveryVersion() {
        save(CLIMATE, GenderAspect.SEXUAL_HARASSMENT);
        save(CLIMATE, GenderAspect.PAY_GAP, GenderAspect.SEXUAL_HARASSMENT);
        assessments.withdraw(CLIMATE, BY);

        assertThat(assessments.history(CLIMATE))
                .extracting(ExpertAssessments.Version::action, ExpertAssessments.Version::genderAspects)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "withdrawn", List.of(GenderAspect.SEXUAL_HARASSMENT, GenderAspect.PAY_GAP)),
                        org.assertj.core.groups.Tuple.tuple(
                                "changed", List.of(GenderAspect.SEXUAL_HARASSMENT, GenderAspect.PAY_GAP)),
                        org.assertj.core.groups.Tuple.tuple("added", List.of(GenderAspect.SEXUAL_HARASSMENT)));
        assertThat(save(CLIMATE, GenderAspect.PAY_GAP, GenderAspect.SEXUAL_HARASSMENT))
                .as("bringing the entry back is a change")
                .isTrue();
        assertThat(save(CLIMATE, GenderAspect.SEXUAL_HARASSMENT, GenderAspect.PAY_GAP))
                .as("the same aspects in another order change nothing")
                .isFalse();
    }

    @Test
    void theDatabaseTakesEveryAspectTheApplicationKnowsAndRefusesAnyOther() {
        assertThat(save(CLIMATE, GenderAspect.values())).isTrue();
        assertThat(genderRisks.of(COFFEE_BRAZIL)).extracting(GenderRisk::aspect).containsExactly(GenderAspect.values());
        assertThatThrownBy(() -> appJdbc.sql("UPDATE expert_assessment SET gender_aspects = '{harassment}'"
                                + " WHERE commodity_code = 'coffee' AND theme = 'climate'")
                        .update())
                .hasMessageContaining("expert_assessment_gender_aspects_known");
    }

    private boolean save(ExpertKey key, GenderAspect... aspects) {
        return assessments.save(
                key, new ExpertContent(Level.HIGH, "Waarom.", null, "Eigen onderzoek", null, List.of(aspects)), BY);
    }
}
