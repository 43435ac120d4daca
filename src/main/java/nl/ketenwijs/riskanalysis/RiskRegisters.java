package nl.ketenwijs.riskanalysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.Certification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A company's risk register, ranked, with the company's own judgements and what changed lately. */
@Service
public class RiskRegisters {

    /** Highest priority first; gaps after the assessed risks, graver first; then by name for a stable order. */
    public static final Comparator<RegisterEntry> RANKING = Comparator.comparing(
                    (RegisterEntry e) -> e.priority() == null ? -1 : e.priority(), Comparator.reverseOrder())
            .thenComparing(RegisterEntry::severity, Comparator.reverseOrder())
            .thenComparing(RegisterEntry::theme)
            .thenComparing(RegisterEntry::commodityCode)
            .thenComparing(RegisterEntry::countryIso3);

    /**
     * The company's newest judgement per entry ({@code d}) and its own severity per theme ({@code t}), if
     * any: the newest of each found once for the company (a hash join), not looked up entry by entry.
     */
    static final String JUDGEMENTS = "WITH " + RiskRegisters.JUDGEMENT_CTES;

    /** {@link #JUDGEMENTS} without its {@code WITH}, for a statement that has CTEs before them. */
    static final String JUDGEMENT_CTES = """
            d AS (
                SELECT DISTINCT ON (commodity_code, country_iso3, theme)
                       commodity_code, country_iso3, theme, decision, severity, likelihood, reason
                  FROM register_decision WHERE organisation_id = :organisation
                 ORDER BY commodity_code, country_iso3, theme, decided_at DESC, id
            ), t AS (
                SELECT DISTINCT ON (theme) theme, severity
                  FROM theme_severity WHERE organisation_id = :organisation
                 ORDER BY theme, decided_at DESC, id
            )
            """;

    /** The entries of one company with the reasons, products, its judgement and its theme severity. */
    private static final String WITH_REASONS = JUDGEMENTS + """
            SELECT e.commodity_code, e.country_iso3, e.theme, e.inherent_level,
                   (SELECT r.reasons::text FROM pair_risk r WHERE r.commodity_code = e.commodity_code
                       AND r.country_iso3 = e.country_iso3 AND r.theme = e.theme) AS reasons,
                   e.products, e.evaluated_at, e.certifications, e.audit_failed, d.decision, d.severity,
                   d.likelihood, d.reason, t.severity AS theme_severity
              FROM register_entry e
              LEFT JOIN d USING (commodity_code, country_iso3, theme)
              LEFT JOIN t USING (theme)
             WHERE e.organisation_id = :organisation
            """;

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RiskRegisters(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every entry, ranked; dismissed ones last, ranked among themselves (a page shows them apart). */
    @Transactional(readOnly = true)
    public List<RegisterEntry> ranked(UUID organisation) {
        return jdbc.sql(WITH_REASONS).param("organisation", organisation).query(this::entry).list().stream()
                .sorted(Comparator.comparing(RegisterEntry::isDismissed).thenComparing(RANKING))
                .toList();
    }

    /** One entry, read on its own: an entry page does not rank the whole register to show one risk. */
    @Transactional(readOnly = true)
    public Optional<RegisterEntry> entry(UUID organisation, RegisterDecisions.EntryKey key) {
        return jdbc.sql(WITH_REASONS
                        + " AND e.commodity_code = :commodity AND e.country_iso3 = :country AND e.theme = :theme")
                .param("organisation", organisation)
                .param("commodity", key.commodityCode())
                .param("country", key.countryIso3())
                .param("theme", key.theme().code())
                .query(this::entry)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> evaluatedAt(UUID organisation) {
        return jdbc.sql("SELECT evaluated_at FROM register_evaluation WHERE organisation_id = ?")
                .param(organisation)
                .query(OffsetDateTime.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<RegisterChange> recentChanges(UUID organisation, int limit) {
        return jdbc.sql("""
                        SELECT commodity_code, country_iso3, theme, old_level, new_level, cause, changed_at
                          FROM register_change WHERE organisation_id = ?
                         ORDER BY changed_at DESC, theme LIMIT ?
                        """)
                .params(organisation, limit)
                .query((rs, n) -> new RegisterChange(
                        rs.getString("commodity_code"),
                        rs.getString("country_iso3"),
                        theme(rs.getString("theme")),
                        level(rs.getString("old_level")),
                        level(rs.getString("new_level")),
                        rs.getString("cause"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** The company's judgements of one entry, newest first. */
    @Transactional(readOnly = true)
    public List<Judged> history(UUID organisation, RegisterDecisions.EntryKey key) {
        return jdbc.sql("""
                        SELECT decision, severity, likelihood, reason, decided_by, decided_at FROM register_decision
                         WHERE organisation_id = ? AND commodity_code = ? AND country_iso3 = ? AND theme = ?
                         ORDER BY decided_at DESC, id
                        """)
                .params(
                        organisation,
                        key.commodityCode(),
                        key.countryIso3(),
                        key.theme().code())
                .query((rs, n) -> new Judged(
                        Decision.valueOf(rs.getString("decision")),
                        (Integer) rs.getObject("severity"),
                        (Integer) rs.getObject("likelihood"),
                        rs.getString("reason"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class)))
                .list();
    }

    /** One judgement in an entry's history. */
    public record Judged(
            Decision decision,
            Integer severity,
            Integer likelihood,
            String reason,
            String decidedBy,
            OffsetDateTime decidedAt) {}

    private RegisterEntry entry(ResultSet rs, int row) throws SQLException {
        Theme theme = theme(rs.getString("theme"));
        Level level = level(rs.getString("inherent_level"));
        Decision decision =
                rs.getString("decision") == null ? Decision.OPEN : Decision.valueOf(rs.getString("decision"));
        boolean adjusted = decision == Decision.ADJUSTED;
        List<LikelihoodEvidence.Adjustment> steps = adjusted
                ? List.of()
                : LikelihoodEvidence.adjustments(
                        theme,
                        RegisterEntry.likelihoodOf(level),
                        certifications(rs.getArray("certifications")),
                        rs.getBoolean("audit_failed"));
        return new RegisterEntry(
                rs.getString("commodity_code"),
                rs.getString("country_iso3"),
                theme,
                level,
                rs.getString("reasons") == null ? List.of() : json.readValue(rs.getString("reasons"), REASONS),
                List.of((String[]) rs.getArray("products").getArray()),
                adjusted ? rs.getInt("severity") : themeSeverity(rs, theme),
                adjusted
                        ? Integer.valueOf(rs.getInt("likelihood"))
                        : LikelihoodEvidence.apply(RegisterEntry.likelihoodOf(level), steps),
                decision,
                rs.getString("reason"),
                rs.getObject("evaluated_at", OffsetDateTime.class),
                steps);
    }

    /** A code this version no longer knows counts for nothing. */
    private static List<Certification> certifications(java.sql.Array codes) throws SQLException {
        return Arrays.stream((Object[]) codes.getArray())
                .flatMap(code -> Certification.byCode((String) code).stream())
                .toList();
    }

    /** The company's own severity for the theme if it chose one, else the theme's default. */
    private static int themeSeverity(ResultSet rs, Theme theme) throws SQLException {
        Integer own = (Integer) rs.getObject("theme_severity");
        return own == null ? Severity.defaultFor(theme) : own;
    }

    /** A theme code this version no longer knows would be a defect in a migration, not a user error. */
    static Theme theme(String code) {
        return Theme.byCode(code).orElseThrow(() -> new IllegalStateException("Unknown theme in register: " + code));
    }

    private static Level level(String name) {
        return name == null ? null : Level.valueOf(name);
    }
}
