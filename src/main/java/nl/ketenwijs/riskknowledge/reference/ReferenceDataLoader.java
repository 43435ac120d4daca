package nl.ketenwijs.riskknowledge.reference;

import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.ExpertAssessmentsShipped;
import nl.ketenwijs.riskknowledge.KnowledgeRevision;
import nl.ketenwijs.riskknowledge.expert.ExpertKey;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference data shipped in the jar into its tables at every start, idempotently. A loader
 * rather than a Flyway migration: the curated lists change with the code, and a migration would need a new
 * version for every corrected synonym, while this keeps the tables equal to the jar. It runs once all beans
 * exist (so Flyway has migrated) and before the web server takes requests.
 */
@Component
public class ReferenceDataLoader implements SmartInitializingSingleton {

    /** Instances that start together take turns instead of upserting the same rows at once. */
    private static final long LOCK = 0x6b77726566L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KnowledgeRevision revision;

    ReferenceDataLoader(JdbcClient jdbc, PlatformTransactionManager transactions, KnowledgeRevision revision) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.revision = revision;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    /** All or nothing: a broken file leaves the previous data in place. */
    public void load() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
            CountryLoading.load(jdbc);
            CommodityLoading.load(jdbc);
            EvidenceLoading.load(jdbc);
            // A new or corrected shipped entry changes levels, which registers must hear of, once.
            Set<String> touched = ExpertLoading.load(jdbc).stream()
                    .map(ExpertKey::commodityCode)
                    .collect(Collectors.toSet());
            if (!touched.isEmpty()) {
                revision.announce(new ExpertAssessmentsShipped(touched));
            }
        });
    }
}
