package nl.ketenwijs.riskanalysis.register;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.riskanalysis.RegisterRanks;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.CompanyChains;
import nl.ketenwijs.supplychain.SourcingPair;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a company's register in line with its chain and the knowledge base: an entry per (commodity,
 * country, theme) the chain sources, with the level the knowledge base gives now ({@link PairRisks}, where
 * the reasons are kept once for the sector). Every level that appears, changes or goes is logged with its
 * cause, so the company sees what changed and why. What the pair's suppliers show (certifications, a
 * failed audit) is stored with each entry, so the ranked read sets the likelihood in the same query.
 * Everything after the chain is read happens in one statement; rows that did not change are not written,
 * so evaluating an unchanged register costs reads only.
 */
@Service
public class RegisterEvaluation {

    private static final String PRODUCT_SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final CompanyChains chains;
    private final RiskProfiles profiles;
    private final PairRisks pairRisks;
    private final RegisterRanks ranks;

    RegisterEvaluation(
            JdbcClient jdbc, CompanyChains chains, RiskProfiles profiles, PairRisks pairRisks, RegisterRanks ranks) {
        this.jdbc = jdbc;
        this.chains = chains;
        this.profiles = profiles;
        this.pairRisks = pairRisks;
        this.ranks = ranks;
    }

    /** In the company's tenant transaction; evaluations of one company take turns. */
    @Transactional
    public void evaluate(UUID organisation, Cause cause) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('register:' || ?, 0))")
                .param(organisation.toString())
                .query()
                .singleValue();
        List<SourcingPair> pairs = chains.pairs(organisation);
        pairRisks.judge(pairs, profiles.current());
        apply(organisation, pairs, cause);
        ranks.registerChanged(organisation);
    }

    /**
     * The first evaluation logs nothing: everything would be "new". After it, an entry that appeared or went
     * did so because of the chain, whatever caused this evaluation; a level that changed in place changed
     * because of the cause. All CTEs see the register as it was before the statement. An entry as it was
     * is left out of the upsert: a conflicting row is locked even when nothing in it changes, and a lock is
     * a write.
     */
    private void apply(UUID organisation, List<SourcingPair> pairs, Cause cause) {
        jdbc.sql("""
                        WITH pairs AS (
                            SELECT * FROM unnest(:commodity::text[], :country::text[], :products::text[],
                                                 :certifications::text[], :auditFailed::boolean[])
                                   AS p(commodity_code, country_iso3, products, certifications, audit_failed)
                        ), fresh AS (
                            SELECT r.commodity_code, r.country_iso3, r.theme, r.level,
                                   string_to_array(p.products, :separator) AS products,
                                   string_to_array(p.certifications, ',') AS certifications, p.audit_failed
                              FROM pairs p
                              JOIN pair_risk r ON r.commodity_code = p.commodity_code
                                              AND r.country_iso3 = p.country_iso3
                        ), old AS (
                            SELECT commodity_code, country_iso3, theme, inherent_level
                              FROM register_entry WHERE organisation_id = :organisation
                        ), changed AS (
                            SELECT commodity_code, country_iso3, theme, o.inherent_level AS old_level,
                                   f.level AS new_level
                              FROM fresh f FULL JOIN old o USING (commodity_code, country_iso3, theme)
                             WHERE f.level IS DISTINCT FROM o.inherent_level
                        ), logged AS (
                            INSERT INTO register_change (id, organisation_id, commodity_code, country_iso3, theme,
                                                         old_level, new_level, cause)
                            SELECT gen_random_uuid(), :organisation, commodity_code, country_iso3, theme,
                                   old_level, new_level,
                                   CASE WHEN old_level IS NULL OR new_level IS NULL THEN 'CHAIN' ELSE :cause END
                              FROM changed
                             WHERE EXISTS (SELECT 1 FROM register_evaluation WHERE organisation_id = :organisation)
                        ), written AS (
                            INSERT INTO register_entry AS e (organisation_id, commodity_code, country_iso3, theme,
                                                             inherent_level, products, evaluated_at, certifications,
                                                             audit_failed)
                            SELECT :organisation, f.commodity_code, f.country_iso3, f.theme, f.level, f.products,
                                   now(), f.certifications, f.audit_failed
                              FROM fresh f
                             WHERE NOT EXISTS (
                                   SELECT 1 FROM register_entry same
                                    WHERE same.organisation_id = :organisation
                                      AND same.commodity_code = f.commodity_code
                                      AND same.country_iso3 = f.country_iso3 AND same.theme = f.theme
                                      AND same.inherent_level = f.level AND same.products = f.products
                                      AND same.certifications = f.certifications
                                      AND same.audit_failed = f.audit_failed)
                            ON CONFLICT (organisation_id, commodity_code, country_iso3, theme) DO UPDATE
                               SET inherent_level = EXCLUDED.inherent_level, products = EXCLUDED.products,
                                   evaluated_at = EXCLUDED.evaluated_at, certifications = EXCLUDED.certifications,
                                   audit_failed = EXCLUDED.audit_failed, rank = NULL
                             WHERE e.inherent_level IS DISTINCT FROM EXCLUDED.inherent_level
                                OR e.products IS DISTINCT FROM EXCLUDED.products
                                OR e.certifications IS DISTINCT FROM EXCLUDED.certifications
                                OR e.audit_failed IS DISTINCT FROM EXCLUDED.audit_failed
                        ), gone AS (
                            DELETE FROM register_entry e USING changed c
                             WHERE e.organisation_id = :organisation AND c.new_level IS NULL
                               AND e.commodity_code = c.commodity_code AND e.country_iso3 = c.country_iso3
                               AND e.theme = c.theme
                        )
                        INSERT INTO register_evaluation (organisation_id, evaluated_at, cause)
                        VALUES (:organisation, now(), :cause)
                        ON CONFLICT (organisation_id) DO UPDATE SET evaluated_at = now(), cause = EXCLUDED.cause
                        """)
                .param("organisation", organisation)
                .param("cause", cause.name())
                .param("separator", PRODUCT_SEPARATOR)
                .param(
                        "commodity",
                        pairs.stream().map(SourcingPair::commodityCode).toArray(String[]::new))
                .param("country", pairs.stream().map(SourcingPair::countryIso3).toArray(String[]::new))
                .param(
                        "products",
                        pairs.stream()
                                .map(pair -> String.join(PRODUCT_SEPARATOR, pair.products()))
                                .toArray(String[]::new))
                .param(
                        "certifications",
                        pairs.stream()
                                .map(pair -> pair.certifications().stream()
                                        .map(Certification::code)
                                        .collect(Collectors.joining(",")))
                                .toArray(String[]::new))
                .param(
                        "auditFailed",
                        pairs.stream()
                                .map(pair -> Boolean.toString(pair.auditFailed()))
                                .toArray(String[]::new))
                .update();
    }
}
