package nl.ketenwijs.actions.matching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.ketenwijs.riskanalysis.PrioritisedRisks;
import nl.ketenwijs.supplychain.SharedFacilities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the risks and supplier facilities that companies share, for the whole sector at once, and keeps
 * the groups of at least {@value #MINIMUM_GROUP} companies. Counting reads every register, so it runs as a
 * job (every few minutes, and when the secretariat asks) instead of on each page view; pages read the
 * result. One instance counts at a time: the others skip the run while the lock is held.
 */
@Service
@EnableScheduling
public class SharedRiskCount {

    /** The smallest group anyone is told about, so that no one can deduce a competitor's chain. */
    public static final int MINIMUM_GROUP = 3;

    /** When the last count ran, how long it took and what it found. */
    public record Outcome(OffsetDateTime countedAt, long durationMs, int riskGroups, int facilityGroups) {}

    private final JdbcClient jdbc;
    private final PrioritisedRisks risks;
    private final SharedFacilities facilities;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SharedRiskCount(
            JdbcClient jdbc,
            PrioritisedRisks risks,
            SharedFacilities facilities,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.risks = risks;
        this.facilities = facilities;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${ketenwijs.matching.count-delay:PT1M}",
            fixedDelayString = "${ketenwijs.matching.count-interval:PT5M}")
    void countOnSchedule() {
        transactions.execute(status -> run(false));
    }

    /** Counts now, after a count that another instance or request is running has finished. */
    public Outcome count() {
        return transactions.execute(status -> run(true)).orElseThrow();
    }

    /**
     * In one transaction: the lock, reading the groups and replacing the stored ones, so pages never see a
     * half-written count.
     *
     * @param wait whether to wait for a count that runs elsewhere; the scheduled run skips instead, since
     *     the other instance's count is as fresh as its own would be
     * @return the outcome, or empty when it did not wait and another count was running
     */
    private Optional<Outcome> run(boolean wait) {
        String lock = wait
                ? "SELECT pg_advisory_xact_lock(hashtextextended('shared-risk-count', 0)) IS NOT NULL"
                : "SELECT pg_try_advisory_xact_lock(hashtextextended('shared-risk-count', 0))";
        if (!jdbc.sql(lock).query(Boolean.class).single()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        List<PrioritisedRisks.Group> riskGroups = risks.sectorGroups(MINIMUM_GROUP);
        List<SharedFacilities.Group> facilityGroups = facilities.sectorGroups(MINIMUM_GROUP);
        replaceRiskGroups(riskGroups);
        replaceFacilityGroups(facilityGroups);
        Outcome outcome = new Outcome(
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                (System.nanoTime() - started) / 1_000_000,
                riskGroups.size(),
                facilityGroups.size());
        jdbc.sql("""
                        INSERT INTO shared_risk_count (counted_at, duration_ms, risk_groups, facility_groups)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET counted_at = excluded.counted_at,
                            duration_ms = excluded.duration_ms, risk_groups = excluded.risk_groups,
                            facility_groups = excluded.facility_groups
                        """)
                .params(outcome.countedAt(), outcome.durationMs(), outcome.riskGroups(), outcome.facilityGroups())
                .update();
        return Optional.of(outcome);
    }

    @Transactional(readOnly = true)
    public Optional<Outcome> last() {
        return jdbc.sql("SELECT counted_at, duration_ms, risk_groups, facility_groups FROM shared_risk_count")
                .query(Outcome.class)
                .optional();
    }

    private void replaceRiskGroups(List<PrioritisedRisks.Group> groups) {
        jdbc.sql("DELETE FROM shared_risk_group").update();
        jdbc.sql("""
                        INSERT INTO shared_risk_group (commodity_code, country_iso3, theme, companies)
                        SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::integer[])
                        """)
                .params(
                        groups.stream().map(g -> g.key().commodityCode()).toArray(String[]::new),
                        groups.stream().map(g -> g.key().countryIso3()).toArray(String[]::new),
                        groups.stream().map(g -> g.key().theme().code()).toArray(String[]::new),
                        groups.stream().map(PrioritisedRisks.Group::companies).toArray(Integer[]::new))
                .update();
    }

    private void replaceFacilityGroups(List<SharedFacilities.Group> groups) {
        jdbc.sql("DELETE FROM shared_facility_group").update();
        jdbc.sql("""
                        INSERT INTO shared_facility_group (facility_key, country_iso3, name, companies)
                        SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::integer[])
                        """)
                .params(
                        groups.stream().map(SharedFacilities.Group::key).toArray(String[]::new),
                        groups.stream().map(SharedFacilities.Group::countryIso3).toArray(String[]::new),
                        groups.stream().map(SharedFacilities.Group::name).toArray(String[]::new),
                        groups.stream().map(SharedFacilities.Group::companies).toArray(Integer[]::new))
                .update();
    }
}
