package nl.ketenwijs.riskknowledge.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the shipped edition of every evidence data set into the evidence tables. Other editions stay as
 * they are; the shipped one becomes active only when its data set has no active edition yet, so an edition
 * switched on later is not switched back at the next start, and an uploaded edition is never rewritten.
 */
final class EvidenceLoading {

    private EvidenceLoading() {}

    static void load(JdbcClient jdbc) {
        for (EvidenceSet set : EvidenceSet.values()) {
            load(jdbc, set);
        }
    }

    private static void load(JdbcClient jdbc, EvidenceSet set) {
        String edition = set.shippedEdition();
        jdbc.sql("INSERT INTO evidence_edition (data_set, edition) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(set.code(), edition)
                .update();
        if (uploaded(jdbc, set.code(), edition)) {
            // The secretariat uploaded an edition of this name before it was shipped: theirs stays as it is.
            return;
        }
        jdbc.sql("""
                        UPDATE evidence_edition SET active = true
                         WHERE data_set = :set AND edition = :edition
                           AND NOT EXISTS (SELECT 1 FROM evidence_edition WHERE data_set = :set AND active)
                        """).param("set", set.code()).param("edition", edition).update();
        // The rows of the shipped edition are replaced whole, so they stay equal to the file in the jar.
        jdbc.sql("DELETE FROM evidence_value WHERE data_set = ? AND edition = ?")
                .params(set.code(), edition)
                .update();
        List<EvidenceValues.Value> values = new ArrayList<>();
        for (Map<String, String> row : CsvFile.read(set.file())) {
            String subject = set.subjectColumn() == null ? "" : EvidenceValues.nfc(row.get(set.subjectColumn()));
            for (String field : set.fields()) {
                String value = row.getOrDefault(field, "");
                // An empty field is no value: the rules treat a missing row and a missing value alike.
                if (!value.isEmpty()) {
                    values.add(new EvidenceValues.Value(row.get("iso3"), subject, field, value));
                }
            }
        }
        EvidenceValues.insert(jdbc, set.code(), edition, values);
    }

    private static boolean uploaded(JdbcClient jdbc, String set, String edition) {
        return jdbc.sql("SELECT loaded_by IS NOT NULL FROM evidence_edition WHERE data_set = ? AND edition = ?")
                .params(set, edition)
                .query(Boolean.class)
                .single();
    }
}
