package nl.ketenwijs.riskknowledge.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes the shipped countries and their aliases into the country tables. */
final class CountryLoading {

    private static final String FOLDER = "reference/countries/";

    private CountryLoading() {}

    static void load(JdbcClient jdbc) {
        List<Map<String, String>> countries = new ArrayList<>(CsvFile.read(FOLDER + "countries_iso3166_en_nl.csv"));
        countries.addAll(CsvFile.read(FOLDER + "countries_user_assigned.csv"));
        for (Map<String, String> row : countries) {
            // Upsert, not delete and insert: tables of other modules will refer to countries.
            jdbc.sql("""
                            INSERT INTO country (iso3, iso2, name_en, name_nl) VALUES (?, ?, ?, ?)
                            ON CONFLICT (iso3) DO UPDATE
                               SET iso2 = excluded.iso2, name_en = excluded.name_en, name_nl = excluded.name_nl
                            """)
                    .params(row.get("alpha3"), row.get("alpha2"), row.get("name_en"), row.get("name_nl"))
                    .update();
        }
        // Aliases are only a search aid: the shipped list replaces the stored one whole.
        jdbc.sql("DELETE FROM country_alias").update();
        for (Map<String, String> row : CsvFile.read(FOLDER + "country_name_aliases.csv")) {
            jdbc.sql("INSERT INTO country_alias (alias, iso3) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(row.get("alias"), row.get("iso3"))
                    .update();
        }
    }
}
