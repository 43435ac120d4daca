package nl.ketenwijs.riskanalysis.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.RiskSnapshot;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code pair_risk}, the knowledge base's verdict per (commodity, country, theme) with its reasons,
 * up to date for the pairs a register needs: a pair is judged once per knowledge revision for the whole
 * sector, however many companies source it.
 */
@Component
class PairRisks {

    private static final Logger log = LoggerFactory.getLogger(PairRisks.class);

    /** Pairs judged at once (per transaction when the whole sector's are): fifteen verdicts each. */
    private static final int BATCH = 1_000;

    private static final RowMapper<Pair> PAIR =
            (rs, n) -> new Pair(rs.getString("commodity_code"), rs.getString("country_iso3"));

    private final JdbcClient jdbc;
    private final TransactionTemplate batches;
    private final Commodities commodities;
    private final Countries countries;
    private final JsonMapper json;

    PairRisks(
            JdbcClient jdbc,
            Commodities commodities,
            Countries countries,
            JsonMapper json,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batches = new TransactionTemplate(transactions);
        this.batches.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.commodities = commodities;
        this.countries = countries;
        this.json = json;
    }

    /**
     * Judges the company's pairs not judged at this revision or later. The pairs come from
     * {@code sourcing_pair_key}: which pairs, not what the chain says of them, so the chain's products and
     * suppliers are read once per evaluation (by the register statement), not twice. Whether a pair is judged
     * is one row of {@code pair_judgement} per pair, not the newest of its fifteen verdicts, looked up by key.
     */
    void judge(UUID organisation, RiskSnapshot knowledge) {
        judge(
                jdbc.sql("""
                                SELECT p.commodity_code, p.country_iso3 FROM sourcing_pair_key p
                                  LEFT JOIN LATERAL (SELECT revision FROM pair_judgement
                                                      WHERE commodity_code = p.commodity_code
                                                        AND country_iso3 = p.country_iso3
                                                     OFFSET 0) j ON true
                                 WHERE p.organisation_id = :organisation
                                   AND (j.revision IS NULL OR j.revision < :revision)
                                 ORDER BY p.commodity_code, p.country_iso3
                                """)
                        .param("organisation", organisation)
                        .param("revision", knowledge.revision())
                        .query(PAIR)
                        .list(),
                knowledge);
    }

    /**
     * Judges every pair the sector has had judged before and not at this revision or later, a batch per
     * transaction, the batches side by side on the workers given, before the registers are evaluated: then
     * each register finds its pairs judged, and one whose levels all stayed as they were has nothing to do.
     * Needs no company's data: the pairs are public knowledge. The batches are disjoint ranges of the pairs'
     * key order, in which every judgement claims its pairs, so they never wait for each other. A batch that
     * fails leaves its pairs to the registers that source them, which judge what they find unjudged; returns
     * whether every batch was judged. The batches are as many as keep every worker busy to the end: seven
     * batches of a thousand on two workers left one of them idle for the last.
     */
    boolean judgeSector(RiskSnapshot knowledge, ExecutorService workers, int threads) throws InterruptedException {
        List<Pair> stale = jdbc.sql("""
                        SELECT commodity_code, country_iso3 FROM pair_judgement WHERE revision < :revision
                         ORDER BY commodity_code, country_iso3
                        """)
                .param("revision", knowledge.revision())
                .query(PAIR)
                .list();
        int rounds = Math.max(1, ceilDiv(stale.size(), BATCH * threads));
        int size = Math.max(1, ceilDiv(stale.size(), rounds * threads));
        List<Future<?>> judged = new ArrayList<>();
        for (int from = 0; from < stale.size(); from += size) {
            List<Pair> batch = stale.subList(from, Math.min(stale.size(), from + size));
            judged.add(workers.submit(() -> batches.executeWithoutResult(status -> judgeBatch(batch, knowledge))));
        }
        boolean complete = true;
        for (Future<?> batch : judged) {
            try {
                batch.get();
            } catch (ExecutionException e) {
                log.warn("A batch of the sector's pairs was not judged; their registers judge them", e.getCause());
                complete = false;
            }
        }
        return complete;
    }

    /**
     * A thousand pairs at a time: a chain just imported may source thousands of pairs the sector never had,
     * and fifteen verdicts with their reasons for each of them at once do not fit a small heap.
     */
    private void judge(List<Pair> stale, RiskSnapshot knowledge) {
        for (int from = 0; from < stale.size(); from += BATCH) {
            judgeBatch(stale.subList(from, Math.min(stale.size(), from + BATCH)), knowledge);
        }
    }

    /**
     * Judges the pairs and writes the verdicts of those whose verdicts came out other than last time: whether
     * they did is asked per pair, of one digest of its fifteen verdicts ({@code pair_judgement.verdicts_digest}),
     * so a revision that leaves most pairs as they were costs a look-up per pair, not one per verdict.
     */
    private void judgeBatch(List<Pair> stale, RiskSnapshot knowledge) {
        Map<Pair, RiskProfile> known = new LinkedHashMap<>();
        List<Pair> unknown = new ArrayList<>();
        for (Pair pair : stale) {
            profile(pair, knowledge).ifPresentOrElse(profile -> known.put(pair, profile), () -> unknown.add(pair));
        }
        Verdicts verdicts = new Verdicts();
        for (Pair pair : claim(known, knowledge.revision())) {
            verdicts.add(pair, known.get(pair));
        }
        write(verdicts, knowledge.revision());
        forget(unknown, knowledge.revision());
    }

    /** A code or country that has left the knowledge base's lists has no profile: the chain shows it as a gap. */
    private Optional<RiskProfile> profile(Pair pair, RiskSnapshot knowledge) {
        Optional<Commodity> commodity = commodities
                .match(pair.commodityCode())
                .found()
                .filter(found -> found.code().equals(pair.commodityCode()));
        Optional<Country> country = countries.match(pair.countryIso3()).found();
        if (commodity.isEmpty() || country.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(knowledge.profile(commodity.get(), country.get()));
    }

    /**
     * Marks the pairs judged at this revision, with the digest of their verdicts, and returns those this
     * evaluation is the first to judge at it and whose verdicts differ from the ones judged last: a pair
     * another evaluation judged at this revision or a newer one meanwhile keeps that judgement, and one whose
     * digest is the same has its verdicts stored as they are. The marks are taken in key order, so two
     * registers evaluated at once that share pairs wait for each other instead of deadlocking, and the one that
     * waited finds the pair judged. Committed with the verdicts. The statement's last {@code SELECT} sees
     * {@code pair_judgement} as it was before the statement: the digests as judged last.
     */
    private List<Pair> claim(Map<Pair, RiskProfile> profiles, long revision) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        List<Pair> pairs = List.copyOf(profiles.keySet());
        return jdbc.sql("""
                        WITH judged AS (
                            SELECT * FROM unnest(:commodity::text[], :country::text[], :digest::text[]) AS p(c, k, d)
                        ), claimed AS (
                            INSERT INTO pair_judgement AS j (commodity_code, country_iso3, revision, changed_revision,
                                                             verdicts_digest)
                            SELECT c, k, :revision, :revision, d FROM judged ORDER BY c, k
                            ON CONFLICT (commodity_code, country_iso3) DO UPDATE
                               SET revision = EXCLUDED.revision, verdicts_digest = EXCLUDED.verdicts_digest
                             WHERE j.revision < EXCLUDED.revision
                            RETURNING commodity_code, country_iso3
                        )
                        SELECT c.commodity_code, c.country_iso3
                          FROM claimed c
                          JOIN judged p ON p.c = c.commodity_code AND p.k = c.country_iso3
                          LEFT JOIN pair_judgement before ON before.commodity_code = c.commodity_code
                                                         AND before.country_iso3 = c.country_iso3
                         WHERE before.verdicts_digest IS DISTINCT FROM p.d
                        """)
                .param("revision", revision)
                .param("commodity", pairs.stream().map(Pair::commodityCode).toArray(String[]::new))
                .param("country", pairs.stream().map(Pair::countryIso3).toArray(String[]::new))
                .param(
                        "digest",
                        pairs.stream().map(pair -> digest(profiles.get(pair))).toArray(String[]::new))
                .query(PAIR)
                .list();
    }

    /** Of the pair's verdicts, levels and reasons, as their JSON text, which the same verdicts always give. */
    private String digest(RiskProfile profile) {
        return HexFormat.of().formatHex(sha256(json.writeValueAsBytes(profile.themes())));
    }

    /**
     * Writes the verdicts that differ from the stored ones: a new revision usually leaves most pairs as they
     * were, and a verdict not rewritten keeps {@code pair_risk} small and its pages all-visible, so registers
     * read the levels from the index alone. Which differ is asked first with the levels and the reasons'
     * digests only; the reasons go to the server for those alone. A pair one of whose levels moved is marked
     * changed at this revision: the registers that source it have work to do, the others not
     * ({@code changed_revision}). The pairs are claimed ({@link #claim}), so no other evaluation writes them
     * until this one commits.
     */
    private void write(Verdicts verdicts, long revision) {
        if (verdicts.commodity.isEmpty()) {
            return;
        }
        Verdicts differing = verdicts.only(jdbc.sql("""
                        SELECT v.i::int FROM unnest(:commodity::text[], :country::text[], :theme::text[], :level::text[],
                                                    :digest::text[]) WITH ORDINALITY AS v(c, k, t, l, d, i)
                          LEFT JOIN pair_risk s ON s.commodity_code = v.c AND s.country_iso3 = v.k AND s.theme = v.t
                         WHERE s.level IS DISTINCT FROM v.l OR s.reasons_digest IS DISTINCT FROM v.d
                        """)
                .param("commodity", verdicts.commodity.toArray(String[]::new))
                .param("country", verdicts.country.toArray(String[]::new))
                .param("theme", verdicts.theme.toArray(String[]::new))
                .param("level", verdicts.level.toArray(String[]::new))
                .param("digest", verdicts.digest.toArray(String[]::new))
                .query(Integer.class)
                .list());
        if (differing.commodity.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        WITH differing AS (
                            SELECT v.c, v.k, v.t, v.l, v.r::jsonb AS r, v.d, s.level IS DISTINCT FROM v.l AS level_moved
                              FROM unnest(:commodity::text[], :country::text[], :theme::text[], :level::text[],
                                          :reasons::text[], :digest::text[]) AS v(c, k, t, l, r, d)
                              LEFT JOIN pair_risk s ON s.commodity_code = v.c AND s.country_iso3 = v.k
                                                   AND s.theme = v.t
                        ), written AS (
                            INSERT INTO pair_risk AS r (commodity_code, country_iso3, theme, level, reasons,
                                                        reasons_digest, revision)
                            SELECT c, k, t, l, r, d, :revision FROM differing
                            ON CONFLICT (commodity_code, country_iso3, theme) DO UPDATE
                               SET level = EXCLUDED.level, reasons = EXCLUDED.reasons,
                                   reasons_digest = EXCLUDED.reasons_digest, revision = EXCLUDED.revision
                        )
                        UPDATE pair_judgement j SET changed_revision = :revision
                          FROM (SELECT DISTINCT c, k FROM differing WHERE level_moved) m
                         WHERE j.commodity_code = m.c AND j.country_iso3 = m.k
                        """)
                .param("revision", revision)
                .param("commodity", differing.commodity.toArray(String[]::new))
                .param("country", differing.country.toArray(String[]::new))
                .param("theme", differing.theme.toArray(String[]::new))
                .param("level", differing.level.toArray(String[]::new))
                .param("reasons", differing.reasons.toArray(String[]::new))
                .param("digest", differing.digest.toArray(String[]::new))
                .update();
    }

    /**
     * Verdicts of a pair that can no longer be judged go, so no register keeps them. The pair stays judged, at
     * this revision and without verdicts, and counts as changed when it lost verdicts: the registers that hold
     * entries of it find it among the pairs that moved and let them go. Judged again at every revision, in case
     * its commodity or country comes back; without a digest, so that its verdicts are written then.
     */
    private void forget(List<Pair> unknown, long revision) {
        if (unknown.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        WITH gone AS (
                            DELETE FROM pair_risk r USING unnest(:commodity::text[], :country::text[]) AS p(c, k)
                             WHERE r.commodity_code = p.c AND r.country_iso3 = p.k
                            RETURNING r.commodity_code, r.country_iso3
                        )
                        UPDATE pair_judgement j
                           SET revision = greatest(j.revision, :revision), verdicts_digest = NULL,
                               changed_revision = CASE WHEN EXISTS (SELECT 1 FROM gone g
                                                                     WHERE g.commodity_code = j.commodity_code
                                                                       AND g.country_iso3 = j.country_iso3)
                                                       THEN :revision ELSE j.changed_revision END
                          FROM unnest(:commodity::text[], :country::text[]) AS p(c, k)
                         WHERE j.commodity_code = p.c AND j.country_iso3 = p.k
                        """)
                .param("commodity", unknown.stream().map(Pair::commodityCode).toArray(String[]::new))
                .param("country", unknown.stream().map(Pair::countryIso3).toArray(String[]::new))
                .param("revision", revision)
                .update();
    }

    /**
     * The newest revision at which any pair of the sector changed a level or lost its verdicts: a register
     * brought in line at that revision or later, whose chain has no pair the knowledge base cannot judge, has
     * nothing to follow.
     */
    long lastChange() {
        return jdbc.sql("SELECT coalesce(max(changed_revision), 0) FROM pair_judgement")
                .query(Long.class)
                .single();
    }

    /** The pairs one of whose levels moved, or whose verdicts went, after the revision, with their verdicts. */
    MovedPairs movedSince(long revision) {
        MovedPairs.Builder moved = new MovedPairs.Builder();
        jdbc.sql("""
                        SELECT j.commodity_code, j.country_iso3, r.theme, r.level
                          FROM pair_judgement j
                          LEFT JOIN pair_risk r ON r.commodity_code = j.commodity_code
                                               AND r.country_iso3 = j.country_iso3
                         WHERE j.changed_revision > :revision
                         ORDER BY j.commodity_code, j.country_iso3, r.theme
                        """).param("revision", revision).query(rs -> {
            moved.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
        });
        return moved.build();
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /** A (commodity, country) pair of a company's chain, by its codes. */
    private record Pair(String commodityCode, String countryIso3) {}

    /**
     * The verdicts as one array per column, as {@code unnest} reads them. The reasons' digest is of their JSON
     * text, which the same reasons always serialise to.
     */
    private final class Verdicts {
        final List<String> commodity = new ArrayList<>();
        final List<String> country = new ArrayList<>();
        final List<String> theme = new ArrayList<>();
        final List<String> level = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        final List<String> digest = new ArrayList<>();

        void add(Pair pair, RiskProfile profile) {
            for (ThemeRisk risk : profile.themes()) {
                add(
                        pair.commodityCode(),
                        pair.countryIso3(),
                        risk.theme().code(),
                        risk.level().name(),
                        json.writeValueAsString(risk.reasons()));
            }
        }

        private void add(String commodityCode, String countryIso3, String themeCode, String levelName, String text) {
            commodity.add(commodityCode);
            country.add(countryIso3);
            theme.add(themeCode);
            level.add(levelName);
            reasons.add(text);
            digest.add(HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8))));
        }

        /** The verdicts at these positions, counted from 1 as {@code WITH ORDINALITY} counts. */
        Verdicts only(List<Integer> positions) {
            Verdicts some = new Verdicts();
            for (int position : positions) {
                int i = position - 1;
                some.commodity.add(commodity.get(i));
                some.country.add(country.get(i));
                some.theme.add(theme.get(i));
                some.level.add(level.get(i));
                some.reasons.add(reasons.get(i));
                some.digest.add(digest.get(i));
            }
            return some;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
