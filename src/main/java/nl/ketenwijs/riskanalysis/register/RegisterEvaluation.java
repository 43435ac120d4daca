package nl.ketenwijs.riskanalysis.register;

import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.riskanalysis.RegisterRanks;
import nl.ketenwijs.riskanalysis.register.RegisterStanding.Standing;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.RiskSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Brings a company's register in line with its chain and the knowledge base: an entry per (commodity,
 * country, theme) the chain sources, with the level the knowledge base gives now ({@link PairRisks}, where
 * the reasons are kept once for the sector). Every level that appears, changes or goes is logged with its
 * cause, so the company sees what changed and why. What the pair's suppliers show (certifications, a
 * failed audit) is stored with each entry, so the ranked read sets the likelihood in the same query.
 * The register is brought in line in one statement that reads the chain where it is ({@code sourcing_pair},
 * the chain module's view): the chain never travels to the application and back. Rows that did not change
 * are not written, so evaluating an unchanged register costs reads only; after a knowledge change, only the
 * pairs whose levels moved are read at all.
 */
@Service
public class RegisterEvaluation {

    private final JdbcClient jdbc;
    private final RiskProfiles profiles;
    private final PairRisks pairRisks;
    private final RegisterRanks ranks;
    private final RegisterStanding registers;
    private final TenantScope tenantScope;

    RegisterEvaluation(
            JdbcClient jdbc,
            RiskProfiles profiles,
            PairRisks pairRisks,
            RegisterRanks ranks,
            RegisterStanding registers,
            TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.pairRisks = pairRisks;
        this.ranks = ranks;
        this.registers = registers;
        this.tenantScope = tenantScope;
    }

    /**
     * As the company, in two transactions of its own, one after the other (call it outside a transaction, so
     * no connection waits idle meanwhile); evaluations of one company take turns. The company's pairs are
     * judged first, on their own: the verdicts are the sector's, and while a transaction holds a pair's
     * judgement every other register with that pair waits for it, so it commits as soon as the verdicts are
     * written, not after this register is written too. Verdicts committed without the register are still the
     * knowledge base's: the next evaluation uses them. After a knowledge change, only the entries of the pairs
     * whose levels moved since the register was last brought in line are brought in line again
     * ({@link RegisterStanding}), and a register without any is only stamped evaluated: what else an entry
     * holds comes from the chain, and a chain change is evaluated in full. The re-evaluation of all registers,
     * which has the sector's pairs judged first, takes one transaction per register
     * ({@link #followKnowledge}).
     */
    public void evaluate(UUID organisation, Cause cause) {
        RiskSnapshot knowledge = tenantScope.asOrganisation(organisation, () -> {
            RiskSnapshot current = profiles.current();
            pairRisks.judge(organisation, current);
            return current;
        });
        tenantScope.asOrganisation(organisation, () -> {
            lock(organisation);
            Optional<Standing> standing =
                    cause == Cause.KNOWLEDGE ? registers.of(organisation, knowledge.revision()) : Optional.empty();
            bringInLine(organisation, cause, knowledge.revision(), standing);
            return null;
        });
    }

    /**
     * After a knowledge change at {@code revision} whose pairs the sector has had judged already, as the
     * re-evaluation of all registers does first; {@code lastChange} is the newest revision at which a pair's
     * levels changed then ({@link PairRisks#lastChange}). In one transaction, for a register whose chain the
     * knowledge base could judge in full: one brought in line since is stamped without reading anything else,
     * one brought in line before has the entries of the moved pairs it holds brought in line, or is stamped
     * when it holds none. Otherwise its standing decides. A register with a pair still to judge at that
     * revision (one new to the sector, or one the knowledge base cannot judge), or never brought in line at a
     * known revision, is evaluated from its chain instead. A register is stamped with the job's revision, not
     * a newer one announced meanwhile: the newer one's job brings it in line; nor is a register the job reaches
     * after a newer revision's judging has begun: the newer job brings it in line with the newer verdicts.
     *
     * @param movedSince the pairs whose levels moved after a revision ({@link PairRisks#movedSince}), as the job
     *     keeps them for the revisions its registers were at
     */
    void followKnowledge(UUID organisation, long revision, long lastChange, LongFunction<MovedPairs> movedSince) {
        boolean followed = tenantScope.asOrganisation(organisation, () -> {
            // Settings and lock in one round trip: a thousand registers take turns on a few connections, and
            // on a busy server each trip waits for a core. A thousand of these commit one after the other, each
            // waiting for its own flush to disk otherwise. Nothing is lost by not waiting: the job's completion
            // commits after them, durably, which writes them to disk first; a crash before that leaves the
            // job's event to run again at the next start. The moved-levels statement reads a few pairs'
            // entries whatever the company: planning it anew for each of a thousand registers took as long as
            // running it.
            jdbc.sql("SELECT set_config('synchronous_commit', 'off', true),"
                            + " set_config('plan_cache_mode', 'force_generic_plan', true), " + LOCK)
                    .param("organisation", organisation.toString())
                    .query()
                    .singleRow();
            Optional<RegisterStanding.Evaluated> evaluated = registers.evaluated(organisation);
            if (evaluated.isPresent() && evaluated.get().newestJudged() > revision) {
                // A newer revision's re-evaluation has judged the sector: its verdicts, not the moved pairs'
                // verdicts this job read, are the ones to bring the register in line with, and it will.
                return true;
            }
            if (evaluated.isPresent() && !evaluated.get().unknownPairs()) {
                long since = evaluated.get().knowledgeRevision();
                if (since >= lastChange) {
                    registers.stamp(organisation, Cause.KNOWLEDGE, revision);
                } else {
                    MovedPairs moved = movedSince.apply(since);
                    if (!registers.stampUnlessHolding(organisation, Cause.KNOWLEDGE, revision, moved)) {
                        bringInLine(organisation, Cause.KNOWLEDGE, revision, Reach.MOVED_LEVELS, moved);
                    }
                }
                return true;
            }
            // The whole chain may be read, and a plan for each company's chain is worth its making.
            jdbc.sql("SELECT set_config('plan_cache_mode', 'auto', true)")
                    .query()
                    .singleValue();
            Optional<Standing> standing = registers.of(organisation, revision);
            if (standing.isEmpty() || standing.get().unjudged()) {
                return false;
            }
            bringInLine(organisation, Cause.KNOWLEDGE, revision, standing);
            return true;
        });
        if (!followed) {
            evaluate(organisation, Cause.KNOWLEDGE);
        }
    }

    /** Evaluations of one register take turns: each holds this until its transaction ends. */
    private static final String LOCK = "pg_advisory_xact_lock(hashtextextended('register:' || :organisation, 0))";

    private void lock(UUID organisation) {
        jdbc.sql("SELECT " + LOCK)
                .param("organisation", organisation.toString())
                .query()
                .singleValue();
    }

    private void bringInLine(UUID organisation, Cause cause, long revision, Optional<Standing> standing) {
        Reach reach = standing.map(Standing::reach).orElse(Reach.WHOLE_CHAIN);
        if (standing.map(Standing::unchanged).orElse(false)) {
            registers.stamp(organisation, cause, revision);
        } else if (reach == Reach.MOVED_LEVELS) {
            bringInLine(
                    organisation,
                    cause,
                    revision,
                    reach,
                    pairRisks.movedSince(standing.get().since()));
        } else {
            bringInLine(organisation, cause, revision, reach, MovedPairs.NONE);
        }
    }

    private void bringInLine(UUID organisation, Cause cause, long revision, Reach reach, MovedPairs moved) {
        Applied applied = apply(organisation, cause, revision, reach, moved);
        if (applied.changed() > 0 && !applied.shifted()) {
            ranks.registerChanged(organisation);
        }
    }

    /**
     * The first evaluation logs nothing: everything would be "new". After it, an entry that appeared or went
     * did so because of the chain, whatever caused this evaluation; a level that changed in place changed
     * because of the cause. All CTEs see the register as it was before the statement. The register, as far as
     * the evaluation reaches ({@link Reach}: the whole chain, unless the standing says only levels moved), is
     * read once and joined with what it should be; an entry as it was is left out of the upsert: a conflicting
     * row is locked even when nothing in it changes, and a lock is a write. Entries are written ranked
     * ({@link RegisterRanks#ranked}), so each is written once; when none appeared or went, the heat map is
     * shifted by the cells they moved between ({@link RegisterRanks#shifted}) rather than counted anew.
     */
    private Applied apply(UUID organisation, Cause cause, long revision, Reach reach, MovedPairs moved) {
        return RegisterRanks.withRules(jdbc.sql("WITH " + reach.ctes() + """
                        , changed AS (
                            SELECT commodity_code, country_iso3, theme, o.inherent_level AS old_level,
                                   f.level AS new_level, f.products, f.certifications, f.audit_failed
                              FROM fresh f FULL JOIN old o USING (commodity_code, country_iso3, theme)
                             WHERE f.level IS DISTINCT FROM o.inherent_level
                                OR f.products IS DISTINCT FROM o.products
                                OR f.certifications IS DISTINCT FROM o.certifications
                                OR f.audit_failed IS DISTINCT FROM o.audit_failed
                        ), logged AS (
                            INSERT INTO register_change (id, organisation_id, commodity_code, country_iso3, theme,
                                                         old_level, new_level, cause)
                            SELECT gen_random_uuid(), :organisation, commodity_code, country_iso3, theme,
                                   old_level, new_level,
                                   CASE WHEN old_level IS NULL OR new_level IS NULL THEN 'CHAIN' ELSE :cause END
                              FROM changed
                             WHERE old_level IS DISTINCT FROM new_level
                               AND EXISTS (SELECT 1 FROM register_evaluation WHERE organisation_id = :organisation)
                        ), incoming AS (
                            SELECT commodity_code, country_iso3, theme, new_level AS inherent_level, products,
                                   certifications, audit_failed
                              FROM changed WHERE new_level IS NOT NULL
                        ), """
                        + RegisterRanks.ranked("incoming", "ranked") + """
                        , written AS (
                            INSERT INTO register_entry AS e (organisation_id, commodity_code, country_iso3, theme,
                                                             inherent_level, products, evaluated_at, certifications,
                                                             audit_failed, severity, final_likelihood, dismissed,
                                                             rank, theme_order)
                            SELECT :organisation, commodity_code, country_iso3, theme, inherent_level, products, now(),
                                   certifications, audit_failed, severity, final_likelihood, dismissed, rank,
                                   theme_order
                              FROM ranked
                            ON CONFLICT (organisation_id, commodity_code, country_iso3, theme) DO UPDATE
                               SET inherent_level = EXCLUDED.inherent_level, products = EXCLUDED.products,
                                   evaluated_at = EXCLUDED.evaluated_at, certifications = EXCLUDED.certifications,
                                   audit_failed = EXCLUDED.audit_failed, severity = EXCLUDED.severity,
                                   final_likelihood = EXCLUDED.final_likelihood, dismissed = EXCLUDED.dismissed,
                                   rank = EXCLUDED.rank, theme_order = EXCLUDED.theme_order
                        ), gone AS (
                            DELETE FROM register_entry e USING changed c
                             WHERE e.organisation_id = :organisation AND c.new_level IS NULL
                               AND e.commodity_code = c.commodity_code AND e.country_iso3 = c.country_iso3
                               AND e.theme = c.theme
                        ), moved_from AS (
                            SELECT o.* FROM old o JOIN changed c USING (commodity_code, country_iso3, theme)
                        )"""
                        + RegisterRanks.shifted(
                                "moved_from",
                                "ranked",
                                "NOT EXISTS (SELECT 1 FROM changed WHERE old_level IS NULL OR new_level IS NULL)")
                        + """
                        INSERT INTO register_evaluation (organisation_id, evaluated_at, cause, knowledge_revision,
                                                         unknown_pairs)
                        VALUES (:organisation, now(), :cause, :revision, """ + reach.unknownPairs() + """
                                )
                        ON CONFLICT (organisation_id) DO UPDATE
                           SET evaluated_at = now(), cause = EXCLUDED.cause,
                               knowledge_revision = EXCLUDED.knowledge_revision,
                               unknown_pairs = EXCLUDED.unknown_pairs
                        RETURNING (SELECT count(*) FROM changed)::int AS changed,
                                  EXISTS (SELECT 1 FROM shifted) AS shifted
                        """))
                .param("organisation", organisation)
                .param("cause", cause.name())
                .param("revision", revision)
                .param("movedCommodities", moved.commodities())
                .param("movedCountries", moved.countries())
                .param("verdictCommodities", moved.verdicts().commodities())
                .param("verdictCountries", moved.verdicts().countries())
                .param("verdictThemes", moved.verdicts().themes())
                .param("verdictLevels", moved.verdicts().levels())
                .query((rs, n) -> new Applied(rs.getInt("changed"), rs.getBoolean("shifted")))
                .single();
    }

    /**
     * @param changed how many entries appeared, changed or went
     * @param shifted the heat map was shifted by the entries that changed in place: nothing is left to rank
     *     or count
     */
    private record Applied(int changed, boolean shifted) {}
}
