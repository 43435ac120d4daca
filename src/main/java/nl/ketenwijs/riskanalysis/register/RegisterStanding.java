package nl.ketenwijs.riskanalysis.register;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a knowledge change leaves to do in a company's register, from the revision it was last brought in line
 * with ({@code register_evaluation.knowledge_revision}) and the revision each of its pairs' levels last moved
 * at ({@code pair_judgement.changed_revision}). Reads which pairs the chain sources, not what it says of them.
 */
@Component
class RegisterStanding {

    /**
     * @param since the knowledge revision the register was last brought in line with
     * @param moved a level of one of its pairs moved since
     * @param needsChain a pair has verdicts and no entries yet, or entries and no verdicts any more: only the
     *     chain says what the entries should be
     * @param unjudged a pair the chain sources is not judged at the revision asked about
     */
    record Standing(long since, boolean moved, boolean needsChain, boolean unjudged) {

        boolean unchanged() {
            return !moved && !needsChain;
        }

        Reach reach() {
            return needsChain ? Reach.WHOLE_CHAIN : Reach.MOVED_LEVELS;
        }
    }

    private final JdbcClient jdbc;

    RegisterStanding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Empty when the register was never brought in line at a known revision. Whether a pair has entries is
     * looked up only for the pairs where it matters (a sub-plan in a {@code CASE} branch runs when the branch
     * is taken): one that is no longer judged should have none, one that moved should have some. A company's
     * few hundred pairs are looked up in {@code pair_judgement} by key ({@code OFFSET 0}), not by hashing all
     * the sector's thousands for each company.
     */
    Optional<Standing> of(UUID organisation, long revision) {
        return jdbc.sql("""
                        SELECT e.knowledge_revision,
                               coalesce(bool_or(k.organisation_id IS NOT NULL
                                                AND (j.commodity_code IS NULL OR j.revision < :revision)), false)
                                   AS unjudged,
                               coalesce(bool_or(j.changed_revision > e.knowledge_revision), false) AS moved,
                               coalesce(bool_or(CASE WHEN j.commodity_code IS NULL
                                                          OR j.changed_revision > e.knowledge_revision
                                                     THEN (j.commodity_code IS NULL)
                                                          = EXISTS (SELECT 1 FROM register_entry x
                                                                     WHERE x.organisation_id = k.organisation_id
                                                                       AND x.commodity_code = k.commodity_code
                                                                       AND x.country_iso3 = k.country_iso3)
                                                     ELSE false END), false) AS needs_chain
                          FROM register_evaluation e
                          LEFT JOIN sourcing_pair_key k ON k.organisation_id = e.organisation_id
                          LEFT JOIN LATERAL (SELECT commodity_code, revision, changed_revision FROM pair_judgement
                                              WHERE commodity_code = k.commodity_code
                                                AND country_iso3 = k.country_iso3
                                             OFFSET 0) j ON true
                         WHERE e.organisation_id = :organisation AND e.knowledge_revision IS NOT NULL
                         GROUP BY e.knowledge_revision
                        """)
                .param("organisation", organisation)
                .param("revision", revision)
                .query((rs, n) -> new Standing(
                        rs.getLong(1), rs.getBoolean("moved"), rs.getBoolean("needs_chain"), rs.getBoolean("unjudged")))
                .optional();
    }

    /**
     * The register's last evaluation, when it was brought in line at a known revision.
     *
     * @param unknownPairs its chain had a pair the knowledge base cannot judge: only the chain says whether
     *     that pair can be judged now
     * @param newestJudged the newest revision any pair of the sector has been judged at: a re-evaluation of an
     *     older revision that finds a newer one leaves the register to the newer one's re-evaluation, which
     *     brings it in line with verdicts the older one does not have
     */
    record Evaluated(long knowledgeRevision, boolean unknownPairs, long newestJudged) {}

    Optional<Evaluated> evaluated(UUID organisation) {
        return jdbc.sql("""
                        SELECT knowledge_revision, unknown_pairs,
                               (SELECT revision FROM pair_judgement ORDER BY revision DESC LIMIT 1) AS newest_judged
                          FROM register_evaluation
                         WHERE organisation_id = :organisation AND knowledge_revision IS NOT NULL
                        """)
                .param("organisation", organisation)
                .query((rs, n) -> new Evaluated(
                        rs.getLong("knowledge_revision"), rs.getBoolean("unknown_pairs"), rs.getLong("newest_judged")))
                .optional();
    }

    /**
     * Stamps the register evaluated at this revision when it holds no entry of the moved pairs: bringing those
     * in line would change nothing. Most registers, after a change to one country's or commodity's figures,
     * hold none; the statement that brings moved entries in line costs several times this look-up even when
     * it finds none. Whether an entry is held is looked up by key, pair by pair.
     *
     * @return whether the register was stamped
     */
    boolean stampUnlessHolding(UUID organisation, Cause cause, long revision, MovedPairs moved) {
        return jdbc.sql("""
                        UPDATE register_evaluation SET evaluated_at = now(), cause = :cause,
                                                       knowledge_revision = :revision
                         WHERE organisation_id = :organisation
                           AND NOT EXISTS (SELECT 1
                                             FROM unnest(:commodities::text[], :countries::text[]) AS j(c, k)
                                             JOIN register_entry e ON e.organisation_id = :organisation
                                                                  AND e.commodity_code = j.c AND e.country_iso3 = j.k)
                        """)
                        .param("organisation", organisation)
                        .param("cause", cause.name())
                        .param("revision", revision)
                        .param("commodities", moved.commodities())
                        .param("countries", moved.countries())
                        .update()
                > 0;
    }

    /** Nothing moved: the register is as the knowledge at this revision has it. */
    void stamp(UUID organisation, Cause cause, long revision) {
        stampUnlessHolding(organisation, cause, revision, MovedPairs.NONE);
    }
}
