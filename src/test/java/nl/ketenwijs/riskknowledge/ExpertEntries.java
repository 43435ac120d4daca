package nl.ketenwijs.riskknowledge;

import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the shared expert entries back after a test. The history is append-only for the application role,
 * so its rows are removed as the schema owner; the entry itself is removed and announced like any change,
 * so that no instance keeps the test's level in memory.
 */
public final class ExpertEntries {

    private final JdbcClient app;
    private final JdbcClient owner;
    private final TransactionTemplate transaction;
    private final KnowledgeRevision revision;

    public ExpertEntries(
            JdbcClient app, Flyway flyway, PlatformTransactionManager transactions, KnowledgeRevision revision) {
        this.app = app;
        this.owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        this.transaction = new TransactionTemplate(transactions);
        this.revision = revision;
    }

    /** With the beans of the application under test. */
    public static ExpertEntries in(ApplicationContext context) {
        return new ExpertEntries(
                context.getBean(JdbcClient.class),
                context.getBean(Flyway.class),
                context.getBean(PlatformTransactionManager.class),
                context.getBean(KnowledgeRevision.class));
    }

    /** Removes every trace of the entry of a raw material on a theme (every country). */
    public void remove(String commodityCode, String themeCode) {
        owner.sql("DELETE FROM expert_assessment_history WHERE commodity_code = ? AND theme = ?")
                .params(commodityCode, themeCode)
                .update();
        transaction.executeWithoutResult(status -> {
            app.sql("DELETE FROM expert_assessment WHERE commodity_code = ? AND theme = ?")
                    .params(commodityCode, themeCode)
                    .update();
            revision.announce(new ExpertAssessmentChanged(commodityCode, themeCode));
        });
    }

    public long count(String table) {
        return app.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
