package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments;
import nl.ketenwijs.riskknowledge.expert.ExpertContent;
import nl.ketenwijs.riskknowledge.expert.ExpertKey;
import nl.ketenwijs.riskknowledge.reference.ReferenceDataLoader;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

@RecordApplicationEvents
class ExpertLoadingIntegrationTests extends WebIntegrationTest {

    /** Shipped: cocoa's living wage, very high, for every origin. */
    private static final ExpertKey SHIPPED = new ExpertKey("cocoa", "living_wage", null);

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    ExpertAssessments assessments;

    @Autowired
    RiskProfiles profiles;

    @Autowired
    Commodities commodities;

    @Autowired
    Countries countries;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    KnowledgeRevision revision;

    ExpertEntries entries;

    @BeforeEach
    void fixtures() {
        entries = new ExpertEntries(appJdbc, flyway, transactions, revision);
    }

    /** Back to the shipped entry, as a first start would write it. */
    @AfterEach
    void restoreTheShippedEntry() {
        entries.remove(SHIPPED.commodityCode(), SHIPPED.themeCode());
        loader.load();
    }

    @Test
    void shipsOverAHundredEntriesWithTheirFirstVersionInTheHistory() {
        assertThat(entries.count("expert_assessment")).isGreaterThanOrEqualTo(100);
        assertThat(jdbc.sql("SELECT count(DISTINCT commodity_code) FROM expert_assessment")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(30);
        assertThat(assessments.history(SHIPPED)).singleElement().satisfies(version -> {
            assertThat(version.action()).isEqualTo("added");
            assertThat(version.newLevel()).isEqualTo(Level.VERY_HIGH);
            assertThat(version.shipped()).isTrue();
        });
        assertThat(profile().theme(Theme.LIVING_WAGE).level()).isEqualTo(Level.VERY_HIGH);
    }

    @Test
    void loadingAgainChangesAndAnnouncesNothing() {
        List<Long> before = counts();
        long revisionBefore = currentRevision();
        loader.load();
        loader.load();
        assertThat(counts()).isEqualTo(before);
        assertThat(currentRevision()).isEqualTo(revisionBefore);
        assertThat(events.stream(RiskKnowledgeEvent.class)).isEmpty();
    }

    @Test
    void aSecretariatChangeIsNeverOverwrittenByTheShippedRow() {
        assessments.save(
                SHIPPED,
                new ExpertContent(Level.HIGH, "Herzien.", null, "Eigen onderzoek secretariaat", null),
                "admin@secretariaat.example");

        loader.load();

        assertThat(assessments.entry(SHIPPED).orElseThrow().level()).isEqualTo(Level.HIGH);
        assertThat(assessments.history(SHIPPED)).hasSize(2);
        assertThat(profile().theme(Theme.LIVING_WAGE).level()).isEqualTo(Level.HIGH);
    }

    @Test
    void aWithdrawnEntryStaysWithdrawn() {
        assessments.withdraw(SHIPPED, "admin@secretariaat.example");

        loader.load();

        assertThat(assessments.entry(SHIPPED).orElseThrow().withdrawn()).isTrue();
        assertThat(profile().theme(Theme.LIVING_WAGE).level()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void aRemovedEntryComesBackAsShippedAndIsAnnounced() {
        entries.remove(SHIPPED.commodityCode(), SHIPPED.themeCode());
        events.clear();

        loader.load();

        assertThat(assessments.entry(SHIPPED).orElseThrow().level()).isEqualTo(Level.VERY_HIGH);
        assertThat(events.stream(RiskKnowledgeEvent.class))
                .as("one event for all entries of a start")
                .containsExactly(new ExpertAssessmentsShipped(java.util.Set.of("cocoa")));
    }

    private RiskProfile profile() {
        return profiles.profile(
                commodities.match("cocoa").found().orElseThrow(),
                countries.match("CIV").found().orElseThrow());
    }

    private long currentRevision() {
        return jdbc.sql("SELECT revision FROM knowledge_revision")
                .query(Long.class)
                .single();
    }

    private List<Long> counts() {
        return List.of(entries.count("expert_assessment"), entries.count("expert_assessment_history"));
    }
}
