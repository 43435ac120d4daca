package nl.ketenwijs.riskknowledge.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.riskknowledge.ExpertNote;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.expert.ExpertContent;
import nl.ketenwijs.riskknowledge.expert.ExpertEntryWriter;
import nl.ketenwijs.riskknowledge.expert.ExpertKey;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes Ketenwijs' shipped starting set of expert entries. The secretariat owns an entry once it has
 * touched it: a shipped row is written only while every version of its key came from the shipped set, so
 * a secretariat's change is never overwritten and a withdrawn entry never comes back. A row equal to the
 * entry writes nothing, so a start without news announces nothing.
 */
final class ExpertLoading {

    static final String FILE = "reference/expert/expert_assessments.csv";

    private ExpertLoading() {}

    /** The keys whose entry was added or changed, to be announced. */
    static List<ExpertKey> load(JdbcClient jdbc) {
        List<ExpertKey> written = new ArrayList<>();
        for (Map<String, String> row : CsvFile.read(FILE)) {
            ExpertKey key = new ExpertKey(
                    row.get("commodity"), row.get("theme"), row.get("country").isEmpty() ? null : row.get("country"));
            if (touchedBySecretariat(jdbc, key)) {
                continue;
            }
            ExpertContent content = new ExpertContent(
                    nl.ketenwijs.riskknowledge.Level.valueOf(row.get("level").toUpperCase(java.util.Locale.ROOT)),
                    row.get("rationale_nl"),
                    row.get("rationale_en"),
                    row.get("reference"),
                    row.get("reference_url"),
                    genderAspects(row.get("gender_aspects"), key));
            ExpertEntryWriter.save(jdbc, key, content, ExpertNote.SHIPPED_BY).ifPresent(action -> written.add(key));
        }
        return written;
    }

    /** Codes separated by semicolons; an unknown one stops the start, naming the row, not silently dropped. */
    static List<GenderAspect> genderAspects(String codes, ExpertKey key) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(codes.split(";"))
                    .map(String::strip)
                    .map(GenderAspect::parse)
                    .toList();
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(FILE + ", " + key + ": " + unknown.getMessage(), unknown);
        }
    }

    private static boolean touchedBySecretariat(JdbcClient jdbc, ExpertKey key) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM expert_assessment_history
                                        WHERE commodity_code = ? AND theme = ? AND iso3 IS NOT DISTINCT FROM CAST(? AS text)
                                          AND changed_by <> ?)
                        """)
                .params(key.commodityCode(), key.themeCode(), key.iso3(), ExpertNote.SHIPPED_BY)
                .query(Boolean.class)
                .single();
    }
}
