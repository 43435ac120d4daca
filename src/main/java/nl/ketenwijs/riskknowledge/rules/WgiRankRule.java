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
 * A theme from a World Bank governance percentile rank (0 worst … 100 best of about 200 economies). Below 25
 * (the worst quarter) gives HIGH, below 50 (worse than the median) MEDIUM, else LOW. Quarters rather than
 * finer steps because the WGI's own 90 % confidence intervals span 10–20 ranks. Never VERY_HIGH: a country
 * indicator says nothing about a particular chain.
 *
 * <p>Corruption reads Control of Corruption, which measures exactly that. Freedom of association reads
 * Voice and Accountability, whose definition includes freedom of association and assembly; it does not
 * measure union rights at work (the ITUC index does, but has no open licence), so the reason calls it a
 * proxy.
 */
final class WgiRankRule implements Rule {

    static final WgiRankRule CORRUPTION = new WgiRankRule(
            Theme.CORRUPTION, new RuleId("wgi_control_of_corruption", 1), "cc_pctrank", "Control of Corruption", "");
    static final WgiRankRule FREEDOM_OF_ASSOCIATION = new WgiRankRule(
            Theme.FREEDOM_OF_ASSOCIATION,
            new RuleId("wgi_voice_and_accountability", 1),
            "va_pctrank",
            "Voice and Accountability",
            " A proxy: it covers freedom of association in society, not union rights at work.");

    private static final BigDecimal WORST_QUARTER = BigDecimal.valueOf(25);
    private static final BigDecimal MEDIAN = BigDecimal.valueOf(50);

    private final Theme theme;
    private final RuleId id;
    private final String field;
    private final String indicator;
    private final String caveat;

    private WgiRankRule(Theme theme, RuleId id, String field, String indicator, String caveat) {
        this.theme = theme;
        this.id = id;
        this.field = field;
        this.indicator = indicator;
        this.caveat = caveat;
    }

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public String looksFor() {
        return "the World Bank's " + indicator + " rank for this country";
    }

    @Override
    public Optional<ThemeRisk> assess(Commodity commodity, Country country, Evidence evidence) {
        return evidence.figure(EvidenceSet.WGI, country.iso3(), field)
                .map(rank -> rank.risk(
                        theme,
                        level(rank.value()),
                        id,
                        country.nameEn() + " ranks " + rank.value().toPlainString() + " of 100 on " + indicator
                                + " (World Bank WGI; 0 is worst). Below 25 is high, below 50 medium, else low."
                                + caveat));
    }

    static Level level(BigDecimal rank) {
        if (rank.compareTo(WORST_QUARTER) < 0) {
            return Level.HIGH;
        }
        return rank.compareTo(MEDIAN) < 0 ? Level.MEDIUM : Level.LOW;
    }
}
