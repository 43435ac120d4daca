package nl.ketenwijs.riskknowledge.rules;

import java.math.BigDecimal;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;

/**
 * Corruption from the World Bank's Control of Corruption percentile rank (0 worst … 100 best of about 200
 * economies). Below 25 (the worst quarter) gives HIGH, below 50 (worse than the median) MEDIUM, else LOW.
 * Quarters rather than finer steps because the WGI's own 90 % confidence intervals span 10–20 ranks. Never
 * VERY_HIGH: a country indicator says nothing about a particular chain.
 */
final class CorruptionRule implements Rule {

    static final RuleId ID = new RuleId("wgi_control_of_corruption", 1);
    private static final String FIELD = "cc_pctrank";

    @Override
    public Theme theme() {
        return Theme.CORRUPTION;
    }

    @Override
    public String looksFor() {
        return "the World Bank's Control of Corruption rank for this country";
    }

    @Override
    public Optional<ThemeRisk> assess(Commodity commodity, Country country, Evidence evidence) {
        return evidence.figure(EvidenceSet.WGI, country.iso3(), FIELD)
                .map(rank -> rank.risk(
                        Theme.CORRUPTION,
                        level(rank.value()),
                        ID,
                        country.nameEn() + " ranks " + rank.value().toPlainString() + " of 100 on Control of"
                                + " Corruption (World Bank WGI; 0 is worst). Below 25 is high, below 50 medium,"
                                + " else low."));
    }

    static Level level(BigDecimal rank) {
        if (rank.compareTo(BigDecimal.valueOf(25)) < 0) {
            return Level.HIGH;
        }
        return rank.compareTo(BigDecimal.valueOf(50)) < 0 ? Level.MEDIUM : Level.LOW;
    }
}
