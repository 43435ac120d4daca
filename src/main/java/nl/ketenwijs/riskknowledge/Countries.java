package nl.ketenwijs.riskknowledge;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.matching.NameIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every country by code or any name people and data sets use for it. */
@Service
public class Countries {

    private final JdbcClient jdbc;
    private volatile NameIndex<Country> index;

    Countries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * By alpha-2, alpha-3, English or Dutch name or an alias such as Burma or Dem. Rep. Congo,
     * ignoring case, accents and punctuation; else up to five nearest countries to choose from.
     */
    public Match<Country> match(String input) {
        return index().match(input);
    }

    public List<Country> all() {
        return jdbc.sql("SELECT iso2, iso3, name_en, name_nl FROM country ORDER BY name_en")
                .query(Country.class)
                .list();
    }

    /** Built on first use: the loader has filled the tables before the application takes requests. */
    private NameIndex<Country> index() {
        NameIndex<Country> built = index;
        if (built == null) {
            Map<String, Country> byIso3 = all().stream().collect(Collectors.toMap(Country::iso3, c -> c));
            NameIndex<Country> names = new NameIndex<>();
            byIso3.values()
                    .forEach(c -> names.add(c.iso2(), c)
                            .add(c.iso3(), c)
                            .add(c.nameEn(), c)
                            .add(c.nameNl(), c));
            jdbc.sql("SELECT alias, iso3 FROM country_alias")
                    .query((rs, n) -> names.add(rs.getString("alias"), byIso3.get(rs.getString("iso3"))))
                    .list();
            index = built = names;
        }
        return built;
    }
}
