package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import nl.ketenwijs.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class KnowledgeRevisionIntegrationTests extends WebIntegrationTest {

    /** The Netherlands' control-of-corruption rank, as shipped: far above every threshold. */
    private static final String SELECT_RANK =
            "SELECT value FROM evidence_value WHERE data_set = 'wgi' AND iso3 = 'NLD' AND field = 'cc_pctrank'";

    @Autowired
    RiskProfiles profiles;

    @Autowired
    KnowledgeRevision revision;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Commodities commodities;

    @Autowired
    Countries countries;

    @Autowired
    ApplicationEvents events;

    private String shippedRank;

    @AfterEach
    void restoreTheShippedRank() {
        if (shippedRank != null) {
            change(shippedRank, true);
        }
    }

    @Test
    void aChangeAnnouncedByThisInstanceIsSeenRightAfterItsCommit() {
        assertThat(corruption(profiles)).isEqualTo(Level.LOW);

        change("3.5", true);

        assertThat(corruption(profiles)).isEqualTo(Level.HIGH);
        assertThat(events.stream(DatasetEditionPublished.class)).hasSize(1);
    }

    @Test
    void aChangeByAnotherInstanceIsSeenOnceTheRecheckIntervalHasPassed() {
        AtomicLong nanos = new AtomicLong();
        RiskProfiles otherInstance = new RiskProfiles(appJdbc, nanos::get);
        assertThat(corruption(otherInstance)).isEqualTo(Level.LOW);

        change("3.5", true);

        nanos.addAndGet(RiskProfiles.RECHECK.toNanos() - 1);
        assertThat(corruption(otherInstance))
                .as("within the interval no query is made")
                .isEqualTo(Level.LOW);
        nanos.addAndGet(1);
        assertThat(corruption(otherInstance)).isEqualTo(Level.HIGH);
    }

    @Test
    void aRolledBackChangeLeavesTheRevisionAndTheLevelsAsTheyWere() {
        long before = currentRevision();

        change("3.5", false);

        assertThat(currentRevision()).isEqualTo(before);
        assertThat(corruption(profiles)).isEqualTo(Level.LOW);
    }

    private void change(String rank, boolean commit) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            String previous = appJdbc.sql(SELECT_RANK).query(String.class).single();
            if (shippedRank == null) {
                shippedRank = previous;
            }
            appJdbc.sql("UPDATE evidence_value SET value = ? WHERE data_set = 'wgi' AND iso3 = 'NLD'"
                            + " AND field = 'cc_pctrank'")
                    .param(rank)
                    .update();
            revision.announce(new DatasetEditionPublished("wgi", "2023", "2023"));
            if (!commit) {
                status.setRollbackOnly();
            }
        });
    }

    private long currentRevision() {
        return jdbc.sql("SELECT revision FROM knowledge_revision")
                .query(Long.class)
                .single();
    }

    private Level corruption(RiskProfiles from) {
        Commodity cocoa = commodities.match("cocoa").found().orElseThrow();
        Country netherlands = countries.match("NLD").found().orElseThrow();
        return from.profile(cocoa, netherlands).theme(Theme.CORRUPTION).level();
    }
}
