package nl.ketenwijs.riskknowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.riskknowledge.matching.HsCodeIndex;
import nl.ketenwijs.riskknowledge.matching.NameIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The raw materials of the food sector, found by code, name, synonym or HS code in Dutch or English. */
@Service
public class Commodities {

    private final JdbcClient jdbc;
    private volatile Indexes indexes;

    Commodities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * By code, English or Dutch name or synonym (cacaobonen and cocoa beans both find cocoa), ignoring case,
     * accents and English plurals, or by HS code (1801 or 1801.00); else up to five nearest to choose from.
     */
    public Match<Commodity> match(String input) {
        Indexes built = indexes();
        return HsCodeIndex.isCode(input)
                ? built.codes().match(input)
                : built.names().match(input);
    }

    public List<Commodity> all() {
        Map<String, List<String>> hsCodes = new HashMap<>();
        jdbc.sql("SELECT commodity_code, hs_code FROM commodity_hs_code ORDER BY hs_code")
                .query((rs, n) -> hsCodes.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return jdbc.sql("SELECT code, category, name_en, name_nl FROM commodity ORDER BY name_en")
                .query((rs, n) -> new Commodity(
                        rs.getString("code"),
                        rs.getString("category"),
                        rs.getString("name_en"),
                        rs.getString("name_nl"),
                        hsCodes.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    private record Indexes(NameIndex<Commodity> names, HsCodeIndex<Commodity> codes) {}

    /** Built on first use: the loader has filled the tables before the application takes requests. */
    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            Map<String, Commodity> byCode = new HashMap<>();
            NameIndex<Commodity> names = new NameIndex<>();
            HsCodeIndex<Commodity> codes = new HsCodeIndex<>();
            for (Commodity commodity : all()) {
                byCode.put(commodity.code(), commodity);
                names.add(commodity.code(), commodity)
                        .add(commodity.nameEn(), commodity)
                        .add(commodity.nameNl(), commodity);
                commodity.hsCodes().forEach(code -> codes.add(code, commodity));
            }
            jdbc.sql("SELECT commodity_code, synonym FROM commodity_synonym")
                    .query((rs, n) -> names.add(rs.getString("synonym"), byCode.get(rs.getString("commodity_code"))))
                    .list();
            indexes = built = new Indexes(names, codes);
        }
        return built;
    }
}
