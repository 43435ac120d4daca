package nl.ketenwijs.riskknowledge.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the shipped edition of every evidence data set into the evidence tables. Other editions stay as
 * they are; the shipped one becomes active only when its data set has no active edition yet, so an edition
 * switched on later is not switched back at the next start.
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
        jdbc.sql("""
                        UPDATE evidence_edition SET active = true
                         WHERE data_set = :set AND edition = :edition
                           AND NOT EXISTS (SELECT 1 FROM evidence_edition WHERE data_set = :set AND active)
                        """).param("set", set.code()).param("edition", edition).update();
        // The rows of the shipped edition are replaced whole, so they stay equal to the file in the jar.
        jdbc.sql("DELETE FROM evidence_value WHERE data_set = ? AND edition = ?")
                .params(set.code(), edition)
                .update();
        Columns columns = new Columns();
        for (Map<String, String> row : CsvFile.read(set.file())) {
            String subject = set.subjectColumn() == null ? "" : nfc(row.get(set.subjectColumn()));
            for (String field : set.fields()) {
                String value = row.getOrDefault(field, "");
                // An empty field is no value: the rules treat a missing row and a missing value alike.
                if (!value.isEmpty()) {
                    columns.add(row.get("iso3"), subject, field, value);
                }
            }
        }
        // One statement per data set instead of thousands of round trips at every start.
        jdbc.sql("""
                        INSERT INTO evidence_value (data_set, edition, iso3, subject, field, value)
                        SELECT ?, ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])
                        """)
                .params(
                        set.code(),
                        edition,
                        columns.iso3.toArray(String[]::new),
                        columns.subject.toArray(String[]::new),
                        columns.field.toArray(String[]::new),
                        columns.value.toArray(String[]::new))
                .update();
    }

    /** ILAB writes accents decomposed; the commodity list and the rules compare composed names. */
    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static final class Columns {
        final List<String> iso3 = new ArrayList<>();
        final List<String> subject = new ArrayList<>();
        final List<String> field = new ArrayList<>();
        final List<String> value = new ArrayList<>();

        void add(String iso3, String subject, String field, String value) {
            this.iso3.add(iso3);
            this.subject.add(subject);
            this.field.add(field);
            this.value.add(value);
        }
    }
}
