package nl.ketenwijs.riskknowledge;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;
import nl.ketenwijs.riskknowledge.rules.Evidence;
import nl.ketenwijs.riskknowledge.rules.EvidenceTables;
import nl.ketenwijs.riskknowledge.rules.RiskRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inherent risk of a raw material from a country on every theme, each level with its reasons. The
 * evidence is held in memory; another instance's change is noticed by the knowledge revision, looked at no
 * more than once per {@link #RECHECK}, so a profile costs no query.
 */
@Service
public class RiskProfiles {

    static final Duration RECHECK = Duration.ofSeconds(2);

    private record Cached(long revision, Evidence evidence, long checkedAt) {}

    private final JdbcClient jdbc;
    private final LongSupplier clock;
    private final Object lock = new Object();
    private volatile Cached cached;

    /** Raised by every forget, so a read that began before a change cannot store its stale result after it. */
    private long forgotten;

    @Autowired
    RiskProfiles(JdbcClient jdbc) {
        this(jdbc, System::nanoTime);
    }

    RiskProfiles(JdbcClient jdbc, LongSupplier nanoClock) {
        this.jdbc = jdbc;
        this.clock = nanoClock;
    }

    public RiskProfile profile(Commodity commodity, Country country) {
        return profile(commodity, country, evidence(false).evidence());
    }

    /**
     * The knowledge base as it is now, checked against the revision even within {@link #RECHECK}: what is
     * judged from it is labelled with the revision it is of, so a result stored by that label is never newer
     * than its label says.
     */
    public RiskSnapshot current() {
        Cached now = evidence(true);
        return new RiskSnapshot(now.revision(), (commodity, country) -> profile(commodity, country, now.evidence()));
    }

    /** The evidence held now, for other look-ups of this package that are cached and forgotten alike. */
    Evidence evidence() {
        return evidence(false).evidence();
    }

    private static RiskProfile profile(Commodity commodity, Country country, Evidence evidence) {
        return new RiskProfile(
                commodity,
                country,
                Arrays.stream(Theme.values())
                        .map(theme -> RiskRules.assess(theme, commodity, country, evidence))
                        .toList());
    }

    /** This instance changed the knowledge base: the next profile reads the evidence anew. */
    void forget() {
        synchronized (lock) {
            forgotten++;
            cached = null;
        }
    }

    private Cached evidence(boolean recheck) {
        Cached now = cached;
        long time = clock.getAsLong();
        if (!recheck && now != null && time - now.checkedAt() < RECHECK.toNanos()) {
            return now;
        }
        long generation;
        synchronized (lock) {
            generation = forgotten;
        }
        long revision = revision();
        Cached fresh = now != null && now.revision() == revision
                ? new Cached(revision, now.evidence(), time)
                // Read the revision first: a change committed while reading is then seen at the next check.
                : new Cached(revision, EvidenceTables.read(jdbc), time);
        synchronized (lock) {
            if (forgotten == generation) {
                cached = fresh;
            }
        }
        return fresh;
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM knowledge_revision")
                .query(Long.class)
                .single();
    }
}
