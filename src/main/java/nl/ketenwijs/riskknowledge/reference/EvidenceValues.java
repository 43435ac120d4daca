package nl.ketenwijs.riskknowledge.reference;

import java.text.Normalizer;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes the rows of one edition of an evidence data set, shipped or uploaded, in one statement. */
public final class EvidenceValues {

    /** One non-empty field of one source row. */
    public record Value(String iso3, String subject, String field, String value) {}

    private EvidenceValues() {}

    /** ILAB writes accents decomposed; the commodity list and the rules compare composed names. */
    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** One statement per edition instead of thousands of round trips. */
    public static void insert(JdbcClient jdbc, String dataSet, String edition, List<Value> values) {
        jdbc.sql("""
                        INSERT INTO evidence_value (data_set, edition, iso3, subject, field, value)
                        SELECT ?, ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])
                        """)
                .params(
                        dataSet,
                        edition,
                        values.stream().map(Value::iso3).toArray(String[]::new),
                        values.stream().map(Value::subject).toArray(String[]::new),
                        values.stream().map(Value::field).toArray(String[]::new),
                        values.stream().map(Value::value).toArray(String[]::new))
                .update();
    }
}
