package nl.ketenwijs.riskanalysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.Certification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each register entry's severity, likelihood, dismissal and rank stored with it, so that a page of the
 * register is read from an index instead of ranking every entry again. They are worked out in SQL by the same
 * rules as {@link RiskRegisters} applies in Java (the theme's severity, {@link LikelihoodEvidence}, the
 * company's adjustment), from the same tables; the rules' data (theme defaults and order, which certification
 * covers which theme) are passed from the Java definitions, so there is one source for them. The evaluation
 * writes entries ranked ({@link #ranked}); a judgement or a theme weighed anew sets the entries it touches
 * back to unranked (NULL rank) and ranks them again in its own transaction. Entries written any other way are
 * ranked when next read, and a version of the application with other rules ranks a company's whole register
 * again the first time it is read.
 */
@Service
public class RegisterRanks {

    /**
     * CTEs that rank the rows of a source CTE with the company's judgement and theme weighting as
     * {@link RiskRegisters} reads them, then the evidence steps: a covering certification lowers the inherent
     * likelihood by one (not below 1), a failed audit raises the result by one (not above 5). {@code rank}
     * orders the list: priority first, an unknown one after every known one. The source needs the columns
     * commodity_code, country_iso3, theme, inherent_level, certifications and audit_failed; the result is the
     * source's rows with severity, final_likelihood, dismissed, rank and theme_order added. {@code OFFSET 0}
     * keeps the certification check a value of its own: flattened into the rows that use it, its subquery
     * ran once per use, up to six times per entry.
     */
    private static final String RANKING = RiskRegisters.JUDGEMENT_CTES + """
            , rules AS (
                SELECT * FROM unnest(:themeCodes::text[], :themeSeverities::int[], :themeOrder::int[])
                       AS r(theme, default_severity, theme_order)
            ), covers AS (
                SELECT * FROM unnest(:coverCertifications::text[], :coverThemes::text[]) AS c(certification, theme)
            ), %2$s AS (
                SELECT s.*, j.severity, j.final_likelihood, j.dismissed,
                       coalesce(j.severity * j.final_likelihood, -1) AS rank, rules.theme_order
                  FROM %1$s s
                  JOIN rules ON rules.theme = s.theme
                  LEFT JOIN d ON d.commodity_code = s.commodity_code AND d.country_iso3 = s.country_iso3
                             AND d.theme = s.theme
                  LEFT JOIN t ON t.theme = s.theme
                 CROSS JOIN LATERAL (
                       SELECT CASE s.inherent_level WHEN 'LOW' THEN 2 WHEN 'MEDIUM' THEN 3 WHEN 'HIGH' THEN 4
                                                    WHEN 'VERY_HIGH' THEN 5 END AS likelihood,
                              EXISTS (SELECT 1 FROM covers c WHERE c.theme = s.theme
                                         AND c.certification = ANY (s.certifications)) AS covered
                       OFFSET 0) i
                 CROSS JOIN LATERAL (
                       SELECT CASE WHEN i.covered AND i.likelihood > 1 THEN i.likelihood - 1
                                   ELSE i.likelihood END AS after_certification) c
                 CROSS JOIN LATERAL (
                       SELECT CASE WHEN d.decision = 'ADJUSTED' THEN d.severity
                                   ELSE coalesce(t.severity, rules.default_severity) END AS severity,
                              CASE WHEN d.decision = 'ADJUSTED' THEN d.likelihood
                                   WHEN s.audit_failed AND c.after_certification < 5 THEN c.after_certification + 1
                                   ELSE c.after_certification END AS final_likelihood,
                              coalesce(d.decision = 'DISMISSED', false) AS dismissed) j
            )
            """;

    private static final String RANK_UNRANKED = "WITH unranked AS ("
            + " SELECT commodity_code, country_iso3, theme, inherent_level, certifications, audit_failed"
            + " FROM register_entry WHERE organisation_id = :organisation AND rank IS NULL), "
            + ranked("unranked", "judged") + """
            UPDATE register_entry e
               SET severity = j.severity, final_likelihood = j.final_likelihood, dismissed = j.dismissed,
                   rank = j.rank, theme_order = j.theme_order
              FROM judged j
             WHERE e.organisation_id = :organisation AND e.commodity_code = j.commodity_code
               AND e.country_iso3 = j.country_iso3 AND e.theme = j.theme
            """;

    /**
     * The CTEs (without {@code WITH}) that give the rows of the CTE {@code source} ranked, as {@code name}; a
     * statement using them binds {@code :organisation} and the rules with {@link #withRules}. A writer of
     * entries ranks them as it writes them this way, instead of writing each row twice.
     */
    public static String ranked(String source, String name) {
        return RANKING.formatted(source, name);
    }

    private static final String SHIFT = """
            , cell_shift AS (
                SELECT severity, coalesce(final_likelihood, 0)::int AS likelihood, 1 AS n FROM %2$s WHERE NOT dismissed
                UNION ALL
                SELECT severity, coalesce(final_likelihood, 0)::int, -1 FROM %1$s WHERE NOT dismissed
            ), shifted AS (
                UPDATE register_ranking r
                   SET cell_severity = c.severities, cell_likelihood = c.likelihoods, cell_count = c.counts
                  FROM (SELECT coalesce(array_agg(severity ORDER BY severity, likelihood), '{}') AS severities,
                               coalesce(array_agg(likelihood ORDER BY severity, likelihood), '{}') AS likelihoods,
                               coalesce(array_agg(n ORDER BY severity, likelihood), '{}') AS counts
                          FROM (SELECT severity, likelihood, sum(n)::int AS n
                                  FROM (SELECT s.severity, s.likelihood, s.n
                                          FROM register_ranking,
                                               unnest(cell_severity, cell_likelihood, cell_count)
                                               AS s(severity, likelihood, n)
                                         WHERE organisation_id = :organisation
                                        UNION ALL
                                        SELECT severity, likelihood, n FROM cell_shift) a
                                 GROUP BY severity, likelihood HAVING sum(n) <> 0) cells) c
                 WHERE r.organisation_id = :organisation AND r.rules = :rules AND (%3$s)
                   AND NOT EXISTS (SELECT 1 FROM register_entry WHERE organisation_id = :organisation AND rank IS NULL)
                RETURNING 1
            )
            """;

    /**
     * CTEs (without {@code WITH}, after those of {@link #ranked}) that shift the company's heat map by the
     * entries that changed in place: the cells the rows of {@code left} (the entries as they were) leave and
     * those the rows of {@code entered} (ranked) enter, instead of counting the whole register again. Only
     * when the summary is of these rules, no entry is unranked, and {@code sameEntries} holds (no entry
     * appeared or went, so the register's countries stay as they are); {@code shifted} then has a row, and
     * otherwise the writer has the register summarised anew ({@link #registerChanged}). The statement binds
     * {@code :organisation} and the rules with {@link #withRules}.
     */
    public static String shifted(String left, String entered, String sameEntries) {
        return SHIFT.formatted(left, entered, sameEntries);
    }

    private static final Rules RULES = Rules.now();

    private static final String FINGERPRINT = RULES.fingerprint();

    private final JdbcClient jdbc;

    RegisterRanks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entries of the company were written: ranks what is not ranked yet and works out the summary again,
     * in the caller's transaction, so what it wrote is never seen unranked or uncounted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registerChanged(UUID organisation) {
        rankingStatement(organisation).update();
        summarise(organisation);
    }

    /** The company judged this entry anew. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rankAgain(UUID organisation, RegisterDecisions.EntryKey key) {
        jdbc.sql("""
                        UPDATE register_entry SET rank = NULL
                         WHERE organisation_id = ? AND commodity_code = ? AND country_iso3 = ? AND theme = ?
                        """)
                .params(
                        organisation,
                        key.commodityCode(),
                        key.countryIso3(),
                        key.theme().code())
                .update();
        registerChanged(organisation);
    }

    /** The company weighed this theme anew: every entry of it may move. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rankAgain(UUID organisation, Theme theme) {
        jdbc.sql("UPDATE register_entry SET rank = NULL WHERE organisation_id = ? AND theme = ?")
                .params(organisation, theme.code())
                .update();
        registerChanged(organisation);
    }

    /**
     * The company's heat map and countries, after ranking what is not ranked yet (entries written some other
     * way, or ranked by other rules: then all). Costs one probe of two indexes and a row when all is ranked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RegisterListing.Overview upToDate(UUID organisation) {
        Map<String, Object> state =
                jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM register_entry
                                        WHERE organisation_id = :organisation AND rank IS NULL) AS unranked,
                               r.rules, r.cell_severity, r.cell_likelihood, r.cell_count, r.countries
                          FROM (SELECT 1) one
                          LEFT JOIN register_ranking r ON r.organisation_id = :organisation
                        """).param("organisation", organisation).query().singleRow();
        if (state.get("rules") == null && !(Boolean) state.get("unranked")) {
            // Never ranked, and nothing to rank (or nothing this tenant may see).
            return new RegisterListing.Overview(List.of(), List.of());
        }
        if (!FINGERPRINT.equals(state.get("rules"))) {
            jdbc.sql("UPDATE register_entry SET rank = NULL WHERE organisation_id = ?")
                    .param(organisation)
                    .update();
        } else if (!(Boolean) state.get("unranked")) {
            return summary(state);
        }
        registerChanged(organisation);
        return summary(jdbc.sql("SELECT * FROM register_ranking WHERE organisation_id = ?")
                .param(organisation)
                .query()
                .singleRow());
    }

    private void summarise(UUID organisation) {
        jdbc.sql("""
                        WITH counted AS (
                            SELECT country_iso3, severity, coalesce(final_likelihood, 0) AS likelihood, dismissed,
                                   count(*)::int AS entries
                              FROM register_entry WHERE organisation_id = :organisation
                             GROUP BY 1, 2, 3, 4
                        ), cells AS (
                            SELECT severity, likelihood, sum(entries)::int AS entries
                              FROM counted WHERE NOT dismissed GROUP BY 1, 2
                        )
                        INSERT INTO register_ranking AS r (organisation_id, rules, cell_severity, cell_likelihood,
                                                           cell_count, countries)
                        SELECT :organisation, :rules,
                               coalesce((SELECT array_agg(severity ORDER BY severity, likelihood) FROM cells), '{}'),
                               coalesce((SELECT array_agg(likelihood ORDER BY severity, likelihood) FROM cells), '{}'),
                               coalesce((SELECT array_agg(entries ORDER BY severity, likelihood) FROM cells), '{}'),
                               coalesce((SELECT array_agg(DISTINCT country_iso3 ORDER BY country_iso3)
                                           FROM counted), '{}')
                        ON CONFLICT (organisation_id) DO UPDATE
                           SET rules = EXCLUDED.rules, cell_severity = EXCLUDED.cell_severity,
                               cell_likelihood = EXCLUDED.cell_likelihood, cell_count = EXCLUDED.cell_count,
                               countries = EXCLUDED.countries
                        """)
                .param("organisation", organisation)
                .param("rules", FINGERPRINT)
                .update();
    }

    private static RegisterListing.Overview summary(Map<String, Object> row) {
        Integer[] severities = integers(row.get("cell_severity"));
        Integer[] likelihoods = integers(row.get("cell_likelihood"));
        Integer[] counts = integers(row.get("cell_count"));
        List<RegisterListing.Cell> cells = new ArrayList<>();
        for (int i = 0; i < severities.length; i++) {
            cells.add(new RegisterListing.Cell(severities[i], likelihoods[i], counts[i]));
        }
        return new RegisterListing.Overview(cells, List.of(texts(row.get("countries"))));
    }

    private static Integer[] integers(Object array) {
        return (Integer[]) sqlArray(array);
    }

    private static String[] texts(Object array) {
        return (String[]) sqlArray(array);
    }

    private static Object sqlArray(Object array) {
        try {
            return ((java.sql.Array) array).getArray();
        } catch (java.sql.SQLException unreadable) {
            throw new IllegalStateException("register_ranking holds an array that cannot be read", unreadable);
        }
    }

    private JdbcClient.StatementSpec rankingStatement(UUID organisation) {
        return withRules(jdbc.sql(RANK_UNRANKED).param("organisation", organisation));
    }

    /** Binds the ranking rules' data that {@link #ranked} refers to. */
    public static JdbcClient.StatementSpec withRules(JdbcClient.StatementSpec statement) {
        return statement
                .param("themeCodes", RULES.themeCodes())
                .param("themeSeverities", RULES.themeSeverities())
                .param("themeOrder", RULES.themeOrder())
                .param("coverCertifications", RULES.coverCertifications())
                .param("coverThemes", RULES.coverThemes())
                .param("rules", FINGERPRINT);
    }

    /** The rules' data from their Java definitions, as the ranking statement takes them, with a fingerprint. */
    record Rules(
            String[] themeCodes,
            Integer[] themeSeverities,
            Integer[] themeOrder,
            String[] coverCertifications,
            String[] coverThemes) {

        static Rules now() {
            Theme[] themes = Theme.values();
            List<String> certifications = new ArrayList<>();
            List<String> covered = new ArrayList<>();
            for (Map.Entry<Certification, Set<Theme>> cover : LikelihoodEvidence.COVERS.entrySet()) {
                for (Theme theme : cover.getValue()) {
                    certifications.add(cover.getKey().code());
                    covered.add(theme.code());
                }
            }
            return new Rules(
                    Arrays.stream(themes).map(Theme::code).toArray(String[]::new),
                    Arrays.stream(themes).map(Severity::defaultFor).toArray(Integer[]::new),
                    Arrays.stream(themes).map(Theme::ordinal).toArray(Integer[]::new),
                    certifications.toArray(String[]::new),
                    covered.toArray(String[]::new));
        }

        /** The same rules give the same text, whatever order the covers come in. */
        String fingerprint() {
            List<String> covers = new ArrayList<>();
            for (int i = 0; i < coverCertifications.length; i++) {
                covers.add(coverCertifications[i] + ">" + coverThemes[i]);
            }
            covers.sort(null);
            String text = String.join(",", themeCodes) + "|" + Arrays.toString(themeSeverities) + "|"
                    + Arrays.toString(themeOrder) + "|" + String.join(",", covers);
            return HexFormat.of().formatHex(sha256(text));
        }

        private static byte[] sha256(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException everyJavaHasIt) {
                throw new IllegalStateException(everyJavaHasIt);
            }
        }
    }
}
