package nl.ketenwijs.riskanalysis;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's severity per theme: the default, or the company's own with its reason. It applies to every
 * entry of the theme in the register, unless the company adjusted that entry itself.
 */
@Service
public class ThemeSeverities {

    /** One theme: its default, and the company's own choice if it made one. */
    public record ThemeSeverity(
            Theme theme, int defaultSeverity, Integer own, String reason, String decidedBy, OffsetDateTime decidedAt) {

        public int severity() {
            return own == null ? defaultSeverity : own;
        }
    }

    /** A choice without a reason, or out of scale; the message key names what is wrong. */
    public static class SeverityRefused extends RuntimeException {

        private final String messageKey;

        SeverityRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final JdbcClient jdbc;
    private final RegisterRanks ranks;

    ThemeSeverities(JdbcClient jdbc, RegisterRanks ranks) {
        this.jdbc = jdbc;
        this.ranks = ranks;
    }

    /** Every theme, in the order of the themes. */
    @Transactional(readOnly = true)
    public List<ThemeSeverity> of(UUID organisation) {
        Map<Theme, ThemeSeverity> own = jdbc.sql("""
                        SELECT DISTINCT ON (theme) theme, severity, reason, decided_by, decided_at
                          FROM theme_severity WHERE organisation_id = ?
                         ORDER BY theme, decided_at DESC, id
                        """).param(organisation).query(ThemeSeverities::own).list().stream()
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(ThemeSeverity::theme, Function.identity()));
        return Arrays.stream(Theme.values())
                .map(theme -> own.getOrDefault(
                        theme, new ThemeSeverity(theme, Severity.defaultFor(theme), null, null, null, null)))
                .toList();
    }

    /** A row of a theme this version no longer knows is skipped (null). */
    private static ThemeSeverity own(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Theme theme = Theme.byCode(rs.getString("theme")).orElse(null);
        if (theme == null) {
            return null;
        }
        return new ThemeSeverity(
                theme,
                Severity.defaultFor(theme),
                (Integer) rs.getObject("severity"),
                rs.getString("reason"),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }

    /** @param severity the company's own, or null to return to the default */
    @Transactional
    public void choose(UUID organisation, Theme theme, Integer severity, String reason, String decidedBy) {
        if (severity != null && (severity < 1 || severity > 5)) {
            throw new SeverityRefused("register.severity.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new SeverityRefused("register.themeSeverity.reason.required");
        }
        if (reason.length() > 2000) {
            throw new SeverityRefused("register.reason.tooLong");
        }
        jdbc.sql("""
                        INSERT INTO theme_severity (id, organisation_id, theme, severity, reason, decided_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), organisation, theme.code(), severity, reason.strip(), decidedBy)
                .update();
        ranks.rankAgain(organisation, theme);
    }
}
