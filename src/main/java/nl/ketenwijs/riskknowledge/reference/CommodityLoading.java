package nl.ketenwijs.riskknowledge.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes the curated commodity list into the commodity tables. */
final class CommodityLoading {

    static final String FILE = "reference/commodities/commodities.csv";

    private CommodityLoading() {}

    static void load(JdbcClient jdbc) {
        List<Map<String, String>> rows = CsvFile.read(FILE);
        for (Map<String, String> row : rows) {
            // Upsert, not delete and insert: tables of other modules will refer to commodities.
            jdbc.sql("""
                            INSERT INTO commodity (code, category, name_en, name_nl) VALUES (?, ?, ?, ?)
                            ON CONFLICT (code) DO UPDATE
                               SET category = excluded.category, name_en = excluded.name_en, name_nl = excluded.name_nl
                            """)
                    .params(row.get("code"), row.get("category"), row.get("name_en"), row.get("name_nl"))
                    .update();
        }
        // Synonyms, codes and ILAB goods describe a commodity: the shipped list replaces them whole.
        jdbc.sql("DELETE FROM commodity_synonym").update();
        jdbc.sql("DELETE FROM commodity_hs_code").update();
        jdbc.sql("DELETE FROM commodity_ilab_good").update();
        for (Map<String, String> row : rows) {
            String code = row.get("code");
            for (String language : List.of("en", "nl")) {
                for (String synonym : list(row.get("synonyms_" + language))) {
                    jdbc.sql("INSERT INTO commodity_synonym (commodity_code, language, synonym) VALUES (?, ?, ?)"
                                    + " ON CONFLICT DO NOTHING")
                            .params(code, language, synonym)
                            .update();
                }
            }
            for (String hsCode : list(row.get("hs_codes"))) {
                jdbc.sql("INSERT INTO commodity_hs_code (commodity_code, hs_code) VALUES (?, ?)")
                        .params(code, hsCode)
                        .update();
            }
            for (String good : list(row.get("ilab_goods"))) {
                jdbc.sql("INSERT INTO commodity_ilab_good (commodity_code, ilab_good) VALUES (?, ?)")
                        .params(code, Normalizer.normalize(good, Normalizer.Form.NFC))
                        .update();
            }
        }
    }

    /** A field of values separated by a vertical bar. */
    static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
