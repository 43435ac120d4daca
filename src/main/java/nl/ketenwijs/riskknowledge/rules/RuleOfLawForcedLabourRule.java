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
 * A weak country-level fallback for forced labour: the World Bank's Rule of Law percentile rank. Forced
 * labour thrives where laws against it are not enforced and victims cannot go to court, so a rank in the
 * worst quarter (below 25) gives MEDIUM. It is only a proxy (no open forced-labour prevalence data set is
 * available under a licence we can ship), so it never gives more than MEDIUM, and a better rank gives
 * nothing rather than LOW: working courts are no evidence that a chain is free of forced labour.
 */
final class RuleOfLawForcedLabourRule implements Rule {

    static final RuleId ID = new RuleId("wgi_rule_of_law_forced_labour", 1);
    private static final String FIELD = "rl_pctrank";
    private static final BigDecimal WORST_QUARTER = BigDecimal.valueOf(25);

    @Override
    public Theme theme() {
        return Theme.FORCED_LABOUR;
    }

    @Override
    public String looksFor() {
        return "a World Bank Rule of Law rank in the worst quarter (a weak proxy)";
    }

    @Override
    public Optional<ThemeRisk> assess(Commodity commodity, Country country, Evidence evidence) {
        return evidence.figure(EvidenceSet.WGI, country.iso3(), FIELD)
                .filter(rank -> rank.value().compareTo(WORST_QUARTER) < 0)
                .map(rank -> rank.risk(
                        Theme.FORCED_LABOUR,
                        Level.MEDIUM,
                        ID,
                        country.nameEn() + " ranks " + rank.value().toPlainString() + " of 100 on Rule of Law"
                                + " (World Bank WGI), in the worst quarter: laws against forced labour are likely"
                                + " poorly enforced. A weak proxy, so at most medium."));
    }
}
