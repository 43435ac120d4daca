package nl.ketenwijs.riskknowledge.expert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.Level;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one place that writes expert entries, for the secretariat's edits and the shipped starting set alike:
 * every write raises the entry's version and appends that version to the history, in the caller's
 * transaction. A save that changes nothing writes nothing, so it needs no announcement either.
 */
public final class ExpertEntryWriter {

    /** What happened to an entry; stored in the history as its code. */
    public enum Action {
        ADDED,
        CHANGED,
        WITHDRAWN;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String KEY = """
             commodity_code = :commodity AND theme = :theme AND iso3 IS NOT DISTINCT FROM CAST(:iso3 AS text)
            """;

    private ExpertEntryWriter() {}

    /** Adds the entry, or changes it (a withdrawn one comes back); empty when it already says exactly this. */
    public static Optional<Action> save(JdbcClient jdbc, ExpertKey key, ExpertContent content, String by) {
        Optional<Map<String, Object>> current = jdbc
                .sql("SELECT *, array_to_string(gender_aspects, ',') AS gender_codes FROM expert_assessment WHERE "
                        + KEY + " FOR UPDATE")
                .params(params(key))
                .query()
                .listOfRows()
                .stream()
                .findFirst();
        if (current.isPresent()
                && !Boolean.TRUE.equals(current.get().get("withdrawn"))
                && same(current.get(), content)) {
            return Optional.empty();
        }
        Action action = current.isEmpty() || Boolean.TRUE.equals(current.get().get("withdrawn"))
                ? Action.ADDED
                : Action.CHANGED;
        String oldLevel = current.filter(row -> !Boolean.TRUE.equals(row.get("withdrawn")))
                .map(row -> (String) row.get("level"))
                .orElse(null);
        jdbc.sql("""
                        INSERT INTO expert_assessment (commodity_code, theme, iso3, level, rationale_nl, rationale_en,
                                                       reference, reference_url, gender_aspects, withdrawn, version,
                                                       changed_by, changed_at)
                        VALUES (:commodity, :theme, :iso3, :level, :nl, :en, :reference, :url,
                                CAST(:aspects AS text[]), false, 1, :by, now())
                        ON CONFLICT (commodity_code, theme, iso3) DO UPDATE
                           SET level = excluded.level, rationale_nl = excluded.rationale_nl,
                               rationale_en = excluded.rationale_en, reference = excluded.reference,
                               reference_url = excluded.reference_url, gender_aspects = excluded.gender_aspects,
                               withdrawn = false,
                               version = expert_assessment.version + 1, changed_by = excluded.changed_by,
                               changed_at = excluded.changed_at
                        """)
                .params(params(key))
                .param("level", content.level().code())
                .param("nl", content.rationaleNl())
                .param("en", content.rationaleEn())
                .param("reference", content.reference())
                .param("url", content.referenceUrl())
                .param("aspects", content.genderAspectCodes())
                .param("by", by)
                .update();
        appendHistory(jdbc, key, action, oldLevel);
        return Optional.of(action);
    }

    /** Withdraws an active entry, keeping it and its history; false when there is none to withdraw. */
    public static boolean withdraw(JdbcClient jdbc, ExpertKey key, String by) {
        Optional<String> oldLevel = jdbc.sql("""
                        UPDATE expert_assessment
                           SET withdrawn = true, version = version + 1, changed_by = :by, changed_at = now()
                         WHERE NOT withdrawn AND""" + KEY + "RETURNING level")
                .params(params(key))
                .param("by", by)
                .query(String.class)
                .optional();
        oldLevel.ifPresent(level -> appendHistory(jdbc, key, Action.WITHDRAWN, level));
        return oldLevel.isPresent();
    }

    /** The entry as it now is becomes the next version in the history. */
    private static void appendHistory(JdbcClient jdbc, ExpertKey key, Action action, String oldLevel) {
        jdbc.sql("""
                        INSERT INTO expert_assessment_history (commodity_code, theme, iso3, version, action, old_level,
                                                               new_level, rationale_nl, rationale_en, reference,
                                                               reference_url, gender_aspects, changed_by, changed_at)
                        SELECT commodity_code, theme, iso3, version, :action, :oldLevel,
                               CASE WHEN withdrawn THEN NULL ELSE level END, rationale_nl, rationale_en, reference,
                               reference_url, gender_aspects, changed_by, changed_at
                          FROM expert_assessment WHERE
                        """ + KEY)
                .params(params(key))
                .param("action", action.code())
                .param("oldLevel", oldLevel)
                .update();
    }

    private static boolean same(Map<String, Object> row, ExpertContent content) {
        return content.level().code().equals(row.get("level"))
                && content.rationaleNl().equals(row.get("rationale_nl"))
                && Objects.equals(content.rationaleEn(), row.get("rationale_en"))
                && content.reference().equals(row.get("reference"))
                && Objects.equals(content.referenceUrl(), row.get("reference_url"))
                && String.join(",", content.genderAspectCodes()).equals(row.get("gender_codes"));
    }

    private static Map<String, Object> params(ExpertKey key) {
        Map<String, Object> params = new HashMap<>();
        params.put("commodity", key.commodityCode());
        params.put("theme", key.themeCode());
        params.put("iso3", key.iso3());
        return params;
    }

    /** The gender aspects a stored row marks (entry or version alike). */
    public static List<GenderAspect> genderAspects(ResultSet rs) throws SQLException {
        return GenderAspect.known((String[]) rs.getArray("gender_aspects").getArray());
    }

    static Level level(String code) {
        return Level.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
