package nl.ketenwijs.riskanalysis.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.ketenwijs.organisation.SectorDirectory;
import nl.ketenwijs.riskknowledge.RiskKnowledgeEvent;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.RiskSnapshot;
import nl.ketenwijs.supplychain.ChainChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-evaluates registers when what they are made of changes, after the change has committed and in the
 * background. The event publication registry keeps an event until its listener has finished, so a crash
 * in between leaves it to be retried, not lost. Not an {@code @ApplicationModuleListener}: that would hold a
 * connection in a transaction of its own while every company's work opens another, and a burst of events
 * would then take the pool's connections two at a time until none is left.
 */
@Component
class RegisterUpdates {

    private static final Logger log = LoggerFactory.getLogger(RegisterUpdates.class);
    private static final long REPORT_EVERY_NANOS = 1_000_000_000L;

    private final RegisterEvaluation evaluation;
    private final PairRisks pairRisks;
    private final RiskProfiles profiles;
    private final SectorDirectory sector;
    private final ReevaluationJobs jobs;
    private final int threads;

    RegisterUpdates(
            RegisterEvaluation evaluation,
            PairRisks pairRisks,
            RiskProfiles profiles,
            SectorDirectory sector,
            ReevaluationJobs jobs,
            @Value("${ketenwijs.register.reevaluation-threads:2}") int threads) {
        this.threads = Math.max(1, threads);
        this.evaluation = evaluation;
        this.pairRisks = pairRisks;
        this.profiles = profiles;
        this.sector = sector;
        this.jobs = jobs;
    }

    @Async
    @TransactionalEventListener
    void chainChanged(ChainChanged change) {
        evaluate(change.organisationId(), Cause.CHAIN);
    }

    /**
     * Every company, each in a transaction of its own, as a job the secretariat can follow: one company's
     * failure does not undo or stop the others, and a job with failures leaves the event unfinished, so the
     * next start runs it again. Companies are evaluated by a few threads at once: the work is mostly the
     * database's, and it has more than one core. The sector's pairs are judged first, so that the registers
     * whose levels stay as they were are found so at once ({@link RegisterEvaluation#followKnowledge}).
     */
    @Async
    @TransactionalEventListener
    void knowledgeChanged(RiskKnowledgeEvent change) throws InterruptedException {
        List<UUID> companies = sector.companyIds();
        UUID job = jobs.start(change, companies.size());
        Progress progress = new Progress();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            RiskSnapshot knowledge = profiles.current();
            progress.knowledgeRead = progress.millis();
            boolean judged = pairRisks.judgeSector(knowledge, workers, threads);
            long lastChange = pairRisks.lastChange();
            progress.pairsJudged = progress.millis();
            Map<Long, MovedPairs> moved = new ConcurrentHashMap<>();
            // Without the sector's pairs all judged, each register judges its own first.
            List<Future<?>> evaluations = companies.stream()
                    .map(company -> workers.submit(() -> {
                        if (judged) {
                            evaluation.followKnowledge(
                                    company,
                                    knowledge.revision(),
                                    lastChange,
                                    since -> moved.computeIfAbsent(since, pairRisks::movedSince));
                        } else {
                            evaluate(company, Cause.KNOWLEDGE);
                        }
                    }))
                    .collect(Collectors.toList());
            for (int i = 0; i < evaluations.size(); i++) {
                try {
                    evaluations.get(i).get();
                    progress.done++;
                } catch (ExecutionException e) {
                    log.error(
                            "Register of company {} not re-evaluated after {}", companies.get(i), change, e.getCause());
                    progress.failed++;
                }
                if (progress.due()) {
                    jobs.progress(job, progress.done, progress.failed);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        jobs.finish(job, progress.done, progress.failed);
        log.info(
                "Registers of {} companies re-evaluated after {} in {} ms (knowledge read at {} ms, the sector's pairs"
                        + " judged at {} ms)",
                progress.done,
                change,
                progress.millis(),
                progress.knowledgeRead,
                progress.pairsJudged);
        if (progress.failed > 0) {
            throw new IllegalStateException(progress.failed + " registers failed to re-evaluate after " + change);
        }
    }

    /** Progress is written once a second, so a sector of a thousand companies costs a few writes, not 1,000. */
    private static final class Progress {
        private final long started = System.nanoTime();
        private long reported = started;
        int done;
        int failed;
        long knowledgeRead;
        long pairsJudged;

        boolean due() {
            long now = System.nanoTime();
            if (now - reported < REPORT_EVERY_NANOS) {
                return false;
            }
            reported = now;
            return true;
        }

        long millis() {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    private void evaluate(UUID company, Cause cause) {
        evaluation.evaluate(company, cause);
    }
}
