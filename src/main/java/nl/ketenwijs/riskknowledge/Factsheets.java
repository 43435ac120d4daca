package nl.ketenwijs.riskknowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The factsheet of a commodity by its code, with the ILAB listings of the edition the rules read now. */
@Service
public class Factsheets {

    private final JdbcClient jdbc;
    private final Commodities commodities;

    Factsheets(JdbcClient jdbc, Commodities commodities) {
        this.jdbc = jdbc;
        this.commodities = commodities;
    }

    public Optional<Factsheet> byCode(String code) {
        return commodities.all().stream()
                .filter(commodity -> commodity.code().equals(code))
                .findFirst()
                .map(this::of);
    }

    private Factsheet of(Commodity commodity) {
        return new Factsheet(
                commodity,
                synonyms(commodity, "nl"),
                synonyms(commodity, "en"),
                jdbc.sql("SELECT ilab_good FROM commodity_ilab_good WHERE commodity_code = ? ORDER BY ilab_good")
                        .param(commodity.code())
                        .query(String.class)
                        .list(),
                listings(commodity));
    }

    private List<String> synonyms(Commodity commodity, String language) {
        return jdbc.sql("SELECT synonym FROM commodity_synonym WHERE commodity_code = ? AND language = ?"
                        + " ORDER BY synonym")
                .params(commodity.code(), language)
                .query(String.class)
                .list();
    }

    private List<IlabListing> listings(Commodity commodity) {
        Map<List<String>, Map<String, String>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT v.subject, v.iso3, v.edition, v.field, v.value
                          FROM evidence_value v
                          JOIN evidence_edition e ON e.data_set = v.data_set AND e.edition = v.edition AND e.active
                          JOIN commodity_ilab_good g ON g.ilab_good = v.subject AND g.commodity_code = :commodity
                         WHERE v.data_set = :set
                         ORDER BY v.iso3, v.subject
                        """)
                .param("commodity", commodity.code())
                .param("set", EvidenceSet.ILAB_GOODS.code())
                .query((rs, n) -> rows.computeIfAbsent(
                                List.of(rs.getString("subject"), rs.getString("iso3"), rs.getString("edition")),
                                key -> new LinkedHashMap<>())
                        .put(rs.getString("field"), rs.getString("value")))
                .list();
        List<IlabListing> listings = new ArrayList<>();
        rows.forEach((key, fields) -> listings.add(new IlabListing(
                key.get(0),
                key.get(1),
                "Yes".equals(fields.get("child_labor")),
                "Yes".equals(fields.get("forced_labor")),
                "Yes".equals(fields.get("forced_child_labor")),
                key.get(2))));
        return listings;
    }
}
