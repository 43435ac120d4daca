package nl.ketenwijs.riskanalysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.Certification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as its page lists it, ranked, filtered, counted and cut into pages by PostgreSQL: a
 * supermarket's register has tens of thousands of entries and the page shows fifty. The severity and
 * likelihood are worked out in SQL by the same rules as {@link RiskRegisters} applies in Java (the theme's
 * severity, {@link LikelihoodEvidence}, the company's adjustment), from the same tables; the rules' data
 * (theme defaults and order, which certification covers which theme) are passed from the Java definitions,
 * so there is one source for them. Entries come without reasons, products or adjustment steps: an entry's
 * page reads those.
 */
@Service
public class RegisterListing {

    /**
     * Every entry of the company with its severity, likelihood and whether it is dismissed. The company's
     * judgement and theme weighting as {@link RiskRegisters} reads them; then the evidence steps: a covering
     * certification lowers the inherent likelihood by one (not below 1), a failed audit raises the result by
     * one (not above 5). {@code rank} orders the list: priority first, an unknown one after every known one.
     */
    private static final String RANKED = RiskRegisters.JUDGEMENTS + """
            , rules AS (
                SELECT * FROM unnest(:themeCodes::text[], :themeSeverities::int[], :themeOrder::int[])
                       AS r(theme, default_severity, theme_order)
            ), covers AS (
                SELECT * FROM unnest(:coverCertifications::text[], :coverThemes::text[]) AS c(certification, theme)
            ), inherent AS (
                SELECT e.commodity_code, e.country_iso3, e.theme, e.inherent_level, e.evaluated_at, e.products,
                       d.decision, d.reason, d.severity AS own_severity, d.likelihood AS own_likelihood,
                       coalesce(t.severity, rules.default_severity) AS theme_severity, rules.theme_order,
                       CASE e.inherent_level WHEN 'LOW' THEN 2 WHEN 'MEDIUM' THEN 3 WHEN 'HIGH' THEN 4
                                             WHEN 'VERY_HIGH' THEN 5 END AS likelihood,
                       EXISTS (SELECT 1 FROM covers c
                                WHERE c.theme = e.theme AND c.certification = ANY (e.certifications)) AS covered,
                       e.audit_failed
                  FROM register_entry e
                  JOIN rules USING (theme)
                  LEFT JOIN d USING (commodity_code, country_iso3, theme)
                  LEFT JOIN t USING (theme)
                 WHERE e.organisation_id = :organisation
            ), certified AS (
                SELECT i.*, CASE WHEN i.covered AND i.likelihood > 1 THEN i.likelihood - 1
                                 ELSE i.likelihood END AS after_certification
                  FROM inherent i
            ), judged AS (
                SELECT c.*,
                       CASE WHEN c.decision = 'ADJUSTED' THEN c.own_severity ELSE c.theme_severity END AS severity,
                       CASE WHEN c.decision = 'ADJUSTED' THEN c.own_likelihood
                            WHEN c.audit_failed AND c.after_certification < 5 THEN c.after_certification + 1
                            ELSE c.after_certification END AS final_likelihood,
                       coalesce(c.decision = 'DISMISSED', false) AS dismissed
                  FROM certified c
            ), ranked AS (
                SELECT j.*, coalesce(j.severity * j.final_likelihood, -1) AS rank FROM judged j
            )
            """;

    private static final String ORDER = """
             ORDER BY rank DESC, severity DESC, theme_order, commodity_code COLLATE "C", country_iso3 COLLATE "C"
            """;

    /** A product chosen from a list is its exact name; one typed matches every name that contains it. */
    private static final String FILTERS = """
             AND (CAST(:product AS text) IS NULL OR EXISTS (
                     SELECT 1 FROM unnest(products) AS p(name)
                      WHERE p.name = :product OR strpos(lower(p.name), lower(:product)) > 0))
             AND (CAST(:theme AS text) IS NULL OR theme = :theme)
             AND (CAST(:country AS text) IS NULL OR country_iso3 = :country)
             AND (CAST(:severity AS integer) IS NULL OR severity = :severity)
             AND (CAST(:likelihood AS integer) IS NULL OR coalesce(final_likelihood, 0) = :likelihood)
            """;

    private final JdbcClient jdbc;

    RegisterListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the list is asked to show; every part optional. A likelihood of 0 asks for the unknown ones. */
    public record Criteria(String product, String theme, String country, Integer severity, Integer likelihood) {

        public static final Criteria ALL = new Criteria(null, null, null, null, null);
    }

    /** Some of the entries the criteria admit, in rank order, and how many it admits in all. */
    public record Page(List<RegisterEntry> entries, int total) {

        public Page {
            entries = List.copyOf(entries);
        }
    }

    /** How many open entries have this severity and likelihood; likelihood 0 counts the unknown ones. */
    public record Cell(int severity, int likelihood, long count) {}

    /** The open (not dismissed) entries the criteria admit, from {@code offset}, at most {@code limit}. */
    @Transactional(readOnly = true)
    public Page page(UUID organisation, Criteria criteria, int offset, int limit) {
        List<Integer> total = new ArrayList<>(List.of(0));
        List<RegisterEntry> entries = statement(
                        RANKED + "SELECT *, count(*) OVER () AS total FROM ranked WHERE NOT dismissed" + FILTERS + ORDER
                                + " OFFSET :offset LIMIT :limit",
                        organisation)
                .param("product", criteria.product())
                .param("theme", criteria.theme())
                .param("country", criteria.country())
                .param("severity", criteria.severity())
                .param("likelihood", criteria.likelihood())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> {
                    total.set(0, rs.getInt("total"));
                    return entry(rs);
                })
                .list();
        if (entries.isEmpty() && offset > 0) {
            // Past the last page: the count is still the criteria's, not zero.
            total.set(0, page(organisation, criteria, 0, 1).total());
        }
        return new Page(entries, total.get(0));
    }

    /** The dismissed entries, in rank order, with the company's reason. */
    @Transactional(readOnly = true)
    public List<RegisterEntry> dismissed(UUID organisation) {
        return statement(RANKED + "SELECT * FROM ranked WHERE dismissed" + ORDER, organisation)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The open entries counted per severity and likelihood; cells without entries are left out. */
    @Transactional(readOnly = true)
    public List<Cell> cells(UUID organisation) {
        return statement(RANKED + """
                                SELECT severity, coalesce(final_likelihood, 0) AS likelihood, count(*) AS entries
                                  FROM ranked WHERE NOT dismissed GROUP BY 1, 2
                                """, organisation)
                .query((rs, n) -> new Cell(rs.getInt("severity"), rs.getInt("likelihood"), rs.getLong("entries")))
                .list();
    }

    /** The countries the register has entries for, by code. */
    @Transactional(readOnly = true)
    public List<String> countries(UUID organisation) {
        return jdbc.sql("SELECT DISTINCT country_iso3 FROM register_entry WHERE organisation_id = ? ORDER BY 1")
                .param(organisation)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec statement(String sql, UUID organisation) {
        Theme[] themes = Theme.values();
        List<String> coverCertifications = new ArrayList<>();
        List<String> coverThemes = new ArrayList<>();
        for (Map.Entry<Certification, Set<Theme>> cover : LikelihoodEvidence.COVERS.entrySet()) {
            for (Theme theme : cover.getValue()) {
                coverCertifications.add(cover.getKey().code());
                coverThemes.add(theme.code());
            }
        }
        return jdbc.sql(sql)
                .param("organisation", organisation)
                .param("themeCodes", Arrays.stream(themes).map(Theme::code).toArray(String[]::new))
                .param(
                        "themeSeverities",
                        Arrays.stream(themes).map(Severity::defaultFor).toArray(Integer[]::new))
                .param("themeOrder", Arrays.stream(themes).map(Theme::ordinal).toArray(Integer[]::new))
                .param("coverCertifications", coverCertifications.toArray(String[]::new))
                .param("coverThemes", coverThemes.toArray(String[]::new));
    }

    private static RegisterEntry entry(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        return new RegisterEntry(
                rs.getString("commodity_code"),
                rs.getString("country_iso3"),
                RiskRegisters.theme(rs.getString("theme")),
                Level.valueOf(rs.getString("inherent_level")),
                List.of(),
                List.of(),
                rs.getInt("severity"),
                (Integer) rs.getObject("final_likelihood"),
                decision == null ? Decision.OPEN : Decision.valueOf(decision),
                rs.getString("reason"),
                rs.getObject("evaluated_at", OffsetDateTime.class),
                List.of());
    }
}
