package nl.ketenwijs.riskknowledge.expert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.ExpertAssessmentChanged;
import nl.ketenwijs.riskknowledge.ExpertNote;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.KnowledgeRevision;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert entries as the secretariat sees and edits them. Every save or withdrawal that changes an entry
 * is announced in its own transaction, so risk profiles show the new level at once and registers hear of it.
 */
@Service
public class ExpertAssessments {

    /** One entry as listed, with the names of its raw material and country (null: every origin). */
    public record Entry(
            ExpertKey key,
            String commodityNameNl,
            String commodityNameEn,
            String countryNameNl,
            String countryNameEn,
            Level level,
            String rationaleNl,
            String rationaleEn,
            String reference,
            String referenceUrl,
            List<GenderAspect> genderAspects,
            boolean withdrawn,
            int version,
            String changedBy,
            OffsetDateTime changedAt) {

        public Theme theme() {
            return Theme.byCode(key.themeCode()).orElseThrow();
        }

        public boolean shipped() {
            return ExpertNote.SHIPPED_BY.equals(changedBy);
        }
    }

    /** One version in an entry's history; new level is null for a withdrawal. */
    public record Version(
            int version,
            String action,
            Level oldLevel,
            Level newLevel,
            String rationaleNl,
            String rationaleEn,
            String reference,
            String referenceUrl,
            List<GenderAspect> genderAspects,
            String changedBy,
            OffsetDateTime changedAt) {

        public boolean shipped() {
            return ExpertNote.SHIPPED_BY.equals(changedBy);
        }
    }

    /** Per theme: active entries, and how many raw materials have no entry for it at all (the gaps). */
    public record ThemeCount(Theme theme, long entries, long commoditiesWithout) {}

    /** Filters of the list; null or blank means any. */
    public record Filter(Theme theme, String commodityCode, String text) {}

    private static final String SELECT = """
            SELECT a.*, c.name_nl AS commodity_nl, c.name_en AS commodity_en,
                   k.name_nl AS country_nl, k.name_en AS country_en
              FROM expert_assessment a
              JOIN commodity c ON c.code = a.commodity_code
              LEFT JOIN country k ON k.iso3 = a.iso3
            """;

    private final JdbcClient jdbc;
    private final KnowledgeRevision revision;

    ExpertAssessments(JdbcClient jdbc, KnowledgeRevision revision) {
        this.jdbc = jdbc;
        this.revision = revision;
    }

    /** Active entries matching the filter, by raw material, theme and country. */
    public List<Entry> search(Filter filter) {
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : "%" + filter.text().strip() + "%";
        return jdbc.sql(SELECT + """
                         WHERE NOT a.withdrawn
                           AND (CAST(:theme AS text) IS NULL OR a.theme = :theme)
                           AND (CAST(:commodity AS text) IS NULL OR a.commodity_code = :commodity)
                           AND (CAST(:text AS text) IS NULL OR c.name_nl ILIKE :text OR c.name_en ILIKE :text
                                OR a.rationale_nl ILIKE :text OR a.rationale_en ILIKE :text
                                OR a.reference ILIKE :text)
                         ORDER BY c.name_nl, a.theme, a.iso3 NULLS FIRST
                        """)
                .param("theme", filter.theme() == null ? null : filter.theme().code())
                .param("commodity", blankToNull(filter.commodityCode()))
                .param("text", text)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The entry, active or withdrawn. */
    public Optional<Entry> entry(ExpertKey key) {
        return jdbc.sql(SELECT
                        + " WHERE a.commodity_code = ? AND a.theme = ? AND a.iso3 IS NOT DISTINCT FROM CAST(? AS text)")
                .params(key.commodityCode(), key.themeCode(), key.iso3())
                .query((rs, n) -> entry(rs))
                .optional();
    }

    /** Every version, newest first. */
    public List<Version> history(ExpertKey key) {
        return jdbc.sql("""
                        SELECT * FROM expert_assessment_history
                         WHERE commodity_code = ? AND theme = ? AND iso3 IS NOT DISTINCT FROM CAST(? AS text)
                         ORDER BY version DESC
                        """)
                .params(key.commodityCode(), key.themeCode(), key.iso3())
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        rs.getString("action"),
                        level(rs.getString("old_level")),
                        level(rs.getString("new_level")),
                        rs.getString("rationale_nl"),
                        rs.getString("rationale_en"),
                        rs.getString("reference"),
                        rs.getString("reference_url"),
                        ExpertEntryWriter.genderAspects(rs),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** Every theme, in the order of the themes, with its entries and gaps. */
    public List<ThemeCount> counts() {
        long commodities =
                jdbc.sql("SELECT count(*) FROM commodity").query(Long.class).single();
        Map<String, long[]> byTheme = jdbc
                .sql("""
                        SELECT theme, count(*) AS entries, count(DISTINCT commodity_code) AS covered
                          FROM expert_assessment WHERE NOT withdrawn GROUP BY theme
                        """)
                .query((rs, n) ->
                        Map.entry(rs.getString("theme"), new long[] {rs.getLong("entries"), rs.getLong("covered")}))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Arrays.stream(Theme.values())
                .map(theme -> {
                    long[] counts = byTheme.getOrDefault(theme.code(), new long[] {0, 0});
                    return new ThemeCount(theme, counts[0], commodities - counts[1]);
                })
                .toList();
    }

    /** How many raw materials have at least one active entry. */
    public long coveredCommodities() {
        return jdbc.sql("SELECT count(DISTINCT commodity_code) FROM expert_assessment WHERE NOT withdrawn")
                .query(Long.class)
                .single();
    }

    /** Adds or changes the entry; true when something changed (and was announced). */
    @Transactional
    public boolean save(ExpertKey key, ExpertContent content, String by) {
        return ExpertEntryWriter.save(jdbc, key, content, by)
                .map(action -> announce(key))
                .orElse(false);
    }

    /** Withdraws the active entry; false when there was none. */
    @Transactional
    public boolean withdraw(ExpertKey key, String by) {
        return ExpertEntryWriter.withdraw(jdbc, key, by) && announce(key);
    }

    private boolean announce(ExpertKey key) {
        revision.announce(new ExpertAssessmentChanged(key.commodityCode(), key.themeCode()));
        return true;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(
                new ExpertKey(rs.getString("commodity_code"), rs.getString("theme"), rs.getString("iso3")),
                rs.getString("commodity_nl"),
                rs.getString("commodity_en"),
                rs.getString("country_nl"),
                rs.getString("country_en"),
                level(rs.getString("level")),
                rs.getString("rationale_nl"),
                rs.getString("rationale_en"),
                rs.getString("reference"),
                rs.getString("reference_url"),
                ExpertEntryWriter.genderAspects(rs),
                rs.getBoolean("withdrawn"),
                rs.getInt("version"),
                rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }

    private static Level level(String code) {
        return code == null ? null : ExpertEntryWriter.level(code);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
