package nl.ketenwijs.riskknowledge.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;

/**
 * Deforestation as a commodity gate times a country level. The gate: the raw material falls under the EU
 * Deforestation Regulation (EUDR, Annex I: cattle, cocoa, coffee, oil palm, rubber, soya, wood), which the
 * EU chose because these drive most deforestation; checked by HS code, so coconut oil (1513.11) stays out
 * while palm kernel oil (1513.21) is in. The country level: mean tree cover loss per year 2019–2023 (Global
 * Forest Watch), at least 1,000,000 ha VERY_HIGH, 100,000 ha HIGH, 10,000 ha MEDIUM, else LOW. Tree cover
 * loss includes forestry and fire, so it over-rates boreal and temperate forestry countries; the reason
 * says so. A raw material outside the gate gives nothing (UNKNOWN): no commodity-specific data set tells
 * whether it drives deforestation, so an expert entry is needed.
 */
final class DeforestationRule implements Rule {

    static final RuleId ID = new RuleId("eudr_tree_cover_loss", 1);
    private static final String FIELD = "loss_ha_2019_2023_mean";

    /** EUDR Annex I, by HS 2022 heading or subheading; a commodity's code must start with one of them. */
    static final List<String> EUDR_HS_CODES = List.of(
            "0102",
            "0201",
            "0202",
            "020610",
            "020629",
            "160250",
            "4101",
            "4104",
            "4107", // cattle
            "1801",
            "1802",
            "1803",
            "1804",
            "1805",
            "1806", // cocoa
            "0901", // coffee
            "120710",
            "1511",
            "151321",
            "151329",
            "230660",
            "382311",
            "382319",
            "382370", // oil palm
            "4001",
            "4005",
            "4006",
            "4007",
            "4008",
            "4010",
            "4011",
            "4012",
            "4013",
            "4015",
            "4016",
            "4017", // rubber
            "1201",
            "120810",
            "1507",
            "2304", // soya
            "44",
            "47",
            "48",
            "49",
            "9401",
            "9403",
            "9406" // wood
            );

    private static final BigDecimal VERY_HIGH = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HIGH = BigDecimal.valueOf(100_000);
    private static final BigDecimal MEDIUM = BigDecimal.valueOf(10_000);

    @Override
    public Theme theme() {
        return Theme.DEFORESTATION;
    }

    @Override
    public String looksFor() {
        return "an EUDR raw material (cattle, cocoa, coffee, oil palm, rubber, soya, wood) and tree cover loss"
                + " for this country; for other raw materials no open data set exists, an expert entry is needed";
    }

    static boolean isEudrCommodity(Commodity commodity) {
        return commodity.hsCodes().stream()
                .anyMatch(code -> EUDR_HS_CODES.stream().anyMatch(code::startsWith));
    }

    @Override
    public Optional<ThemeRisk> assess(Commodity commodity, Country country, Evidence evidence) {
        if (!isEudrCommodity(commodity)) {
            return Optional.empty();
        }
        return evidence.figure(EvidenceSet.TREE_COVER_LOSS, country.iso3(), FIELD)
                .map(loss -> loss.risk(
                        Theme.DEFORESTATION,
                        level(loss.value()),
                        ID,
                        commodity.nameEn() + " falls under the EU Deforestation Regulation, and " + country.nameEn()
                                + " lost " + loss.value().toBigInteger() + " ha of tree cover a year (2019–2023)."
                                + " From 1,000,000 ha very high, 100,000 ha high, 10,000 ha medium, else low."
                                + " Tree cover loss includes forestry and fire, so it can over-rate forestry"
                                + " countries."));
    }

    static Level level(BigDecimal hectares) {
        if (hectares.compareTo(VERY_HIGH) >= 0) {
            return Level.VERY_HIGH;
        }
        if (hectares.compareTo(HIGH) >= 0) {
            return Level.HIGH;
        }
        return hectares.compareTo(MEDIUM) >= 0 ? Level.MEDIUM : Level.LOW;
    }
}
