package nl.ketenwijs.riskanalysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.riskknowledge.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as its page lists it, ranked, filtered, counted and cut into pages by PostgreSQL: a
 * supermarket's register has tens of thousands of entries and the page shows fifty. Each entry's severity,
 * likelihood and rank are stored with it ({@link RegisterRanks}), so a page is one range of an index; the
 * company's newest judgement is looked up for the entries shown only. Entries come without reasons, products
 * or adjustment steps: an entry's page reads those.
 */
@Service
public class RegisterListing {

    /** The entries the inner query chose, with the company's newest judgement of each. */
    private static final String WITH_JUDGEMENT = """
            SELECT e.commodity_code, e.country_iso3, e.theme, e.inherent_level, e.evaluated_at, e.severity,
                   e.final_likelihood, e.rank, e.theme_order, d.decision, d.reason
              FROM (%s) e
              LEFT JOIN LATERAL (
                   SELECT decision, reason FROM register_decision x
                    WHERE x.organisation_id = :organisation AND x.commodity_code = e.commodity_code
                      AND x.country_iso3 = e.country_iso3 AND x.theme = e.theme
                    ORDER BY x.decided_at DESC, x.id LIMIT 1) d ON true
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
    private final RegisterRanks ranks;

    RegisterListing(JdbcClient jdbc, RegisterRanks ranks) {
        this.jdbc = jdbc;
        this.ranks = ranks;
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

    /** The open entries counted per cell (cells without entries left out), and the countries, by code. */
    public record Overview(List<Cell> cells, List<String> countries) {

        public Overview {
            cells = List.copyOf(cells);
            countries = List.copyOf(countries);
        }

        public long open() {
            return cells.stream().mapToLong(Cell::count).sum();
        }
    }

    /** The open (not dismissed) entries the criteria admit, from {@code offset}, at most {@code limit}. */
    @Transactional
    public Page page(UUID organisation, Criteria criteria, int offset, int limit) {
        ranks.upToDate(organisation);
        return new Page(listed(organisation, criteria, offset, limit), counted(organisation, criteria));
    }

    /**
     * What the register page lists, read after one check that the ranks are up to date: the overview, the
     * open entries the criteria admit from {@code offset} (at most {@code limit}), how many it admits (unfiltered,
     * the overview has counted them) and the dismissed entries.
     */
    public record View(Overview overview, List<RegisterEntry> entries, int shown, List<RegisterEntry> dismissed) {

        public View {
            entries = List.copyOf(entries);
            dismissed = List.copyOf(dismissed);
        }
    }

    @Transactional
    public View view(UUID organisation, Criteria criteria, int offset, int limit) {
        Overview overview = ranks.upToDate(organisation);
        int shown = criteria.equals(Criteria.ALL) ? (int) overview.open() : counted(organisation, criteria);
        return new View(overview, listed(organisation, criteria, offset, limit), shown, dismissedRanked(organisation));
    }

    /**
     * Planned for the criteria at hand, for the rest of the transaction: a plan kept for any criteria expects
     * the optional filters to leave a row or two, and reads and sorts the whole register (18,000 entries: 25
     * ms) for the fifty that the index gives in order.
     */
    private List<RegisterEntry> listed(UUID organisation, Criteria criteria, int offset, int limit) {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        return filtered(
                        WITH_JUDGEMENT.formatted("SELECT * FROM register_entry WHERE organisation_id = :organisation"
                                        + " AND dismissed = false" + FILTERS + ORDER + " OFFSET :offset LIMIT :limit")
                                + ORDER,
                        organisation,
                        criteria)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** How many open entries the criteria admit. */
    private int counted(UUID organisation, Criteria criteria) {
        return filtered(
                        "SELECT count(*) FROM register_entry WHERE organisation_id = :organisation"
                                + " AND dismissed = false" + FILTERS,
                        organisation,
                        criteria)
                .query(Integer.class)
                .single();
    }

    /** The dismissed entries, in rank order, with the company's reason. */
    @Transactional
    public List<RegisterEntry> dismissed(UUID organisation) {
        ranks.upToDate(organisation);
        return dismissedRanked(organisation);
    }

    private List<RegisterEntry> dismissedRanked(UUID organisation) {
        return jdbc.sql(WITH_JUDGEMENT.formatted(
                                "SELECT * FROM register_entry WHERE organisation_id = :organisation AND dismissed")
                        + ORDER)
                .param("organisation", organisation)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The heat map's cells, the register's countries and the number of open entries, as last worked out. */
    @Transactional
    public Overview overview(UUID organisation) {
        return ranks.upToDate(organisation);
    }

    private JdbcClient.StatementSpec filtered(String sql, UUID organisation, Criteria criteria) {
        return jdbc.sql(sql)
                .param("organisation", organisation)
                .param("product", criteria.product())
                .param("theme", criteria.theme())
                .param("country", criteria.country())
                .param("severity", criteria.severity())
                .param("likelihood", criteria.likelihood());
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
