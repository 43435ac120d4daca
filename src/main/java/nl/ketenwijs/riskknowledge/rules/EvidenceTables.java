package nl.ketenwijs.riskknowledge.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.ketenwijs.riskknowledge.ExpertNote;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.expert.ExpertEntryWriter;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the active edition of every evidence data set, and which ILAB goods each commodity covers. */
public final class EvidenceTables {

    private EvidenceTables() {}

    public static Evidence read(JdbcClient jdbc) {
        return read(jdbc, Map.of());
    }

    /**
     * The evidence as it would be with other editions of some data sets active ({@code editions}: data set
     * code to edition), to preview or compare editions before one is switched on.
     */
    public static Evidence read(JdbcClient jdbc, Map<String, String> editions) {
        Map<List<String>, Map<String, String>> fields = new LinkedHashMap<>();
        Map<List<String>, String> editionOf = new HashMap<>();
        String[] sets = editions.keySet().toArray(String[]::new);
        jdbc.sql("""
                        WITH chosen AS (
                            SELECT data_set, edition FROM evidence_edition
                             WHERE active AND data_set <> ALL (?::text[])
                            UNION ALL
                            SELECT * FROM unnest(?::text[], ?::text[]))
                        SELECT v.data_set, v.edition, v.iso3, v.subject, v.field, v.value
                          FROM evidence_value v
                          JOIN chosen c ON c.data_set = v.data_set AND c.edition = v.edition
                         ORDER BY v.data_set, v.iso3, v.subject, v.field
                        """)
                .params(sets, sets, Arrays.stream(sets).map(editions::get).toArray(String[]::new))
                .query((rs, n) -> {
                    List<String> key = List.of(rs.getString("data_set"), rs.getString("iso3"), rs.getString("subject"));
                    editionOf.put(key, rs.getString("edition"));
                    return fields.computeIfAbsent(key, k -> new HashMap<>())
                            .put(rs.getString("field"), rs.getString("value"));
                })
                .list();
        List<SourceRow> rows = new ArrayList<>();
        fields.forEach((key, values) -> set(key.get(0))
                .ifPresent(set -> rows.add(new SourceRow(set, editionOf.get(key), key.get(1), key.get(2), values))));
        Map<String, Set<String>> goods = new HashMap<>();
        jdbc.sql("SELECT commodity_code, ilab_good FROM commodity_ilab_good")
                .query((rs, n) -> goods.computeIfAbsent(rs.getString(1), c -> new TreeSet<>())
                        .add(rs.getString(2)))
                .list();
        return new Evidence(rows, goods, experts(jdbc));
    }

    private static List<ExpertEntry> experts(JdbcClient jdbc) {
        return jdbc
                .sql("""
                        SELECT commodity_code, theme, iso3, level, rationale_nl, rationale_en, reference,
                               reference_url, gender_aspects, version, changed_by,
                               (changed_at AT TIME ZONE 'Europe/Amsterdam')::date AS revised_on
                          FROM expert_assessment
                         WHERE NOT withdrawn
                        """)
                .query((rs, n) -> {
                    ExpertNote note = new ExpertNote(
                            rs.getString("rationale_nl"),
                            rs.getString("rationale_en"),
                            rs.getString("reference"),
                            rs.getString("reference_url"),
                            rs.getObject("revised_on", LocalDate.class),
                            rs.getInt("version"),
                            ExpertNote.SHIPPED_BY.equals(rs.getString("changed_by")));
                    Level level = Level.valueOf(rs.getString("level").toUpperCase(Locale.ROOT));
                    String commodity = rs.getString("commodity_code");
                    String iso3 = rs.getString("iso3");
                    List<GenderAspect> aspects = ExpertEntryWriter.genderAspects(rs);
                    return Theme.byCode(rs.getString("theme"))
                            .map(theme -> new ExpertEntry(commodity, theme, iso3, level, note, aspects));
                })
                .list()
                .stream()
                // An entry for a theme this version does not know (added by a newer one) is not evidence for it.
                .flatMap(Optional::stream)
                .toList();
    }

    /** Rows of a data set this version does not know (loaded by a newer one) are not evidence for it. */
    private static java.util.Optional<EvidenceSet> set(String code) {
        return EvidenceSet.byCode(code);
    }
}
