package nl.ketenwijs.riskknowledge;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a change of the knowledge base known, in the transaction that makes the change: the revision goes
 * up (other instances notice it), the event is published (other modules re-evaluate), and once the
 * transaction has committed this instance forgets its evidence at once. A rolled-back change announces
 * nothing.
 */
@Component
public class KnowledgeRevision {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final RiskProfiles profiles;

    KnowledgeRevision(JdbcClient jdbc, ApplicationEventPublisher events, RiskProfiles profiles) {
        this.jdbc = jdbc;
        this.events = events;
        this.profiles = profiles;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(RiskKnowledgeEvent change) {
        jdbc.sql("UPDATE knowledge_revision SET revision = revision + 1").update();
        events.publishEvent(change);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                profiles.forget();
            }
        });
    }
}
