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
 * Country-level fallback for child labour, from ILAB's child-labour findings: the share of children (mostly
 * 5–14) who work. At least 10 % gives HIGH: that is above the world average of about one child in ten
 * (ILO/UNICEF 2020). At least 5 % gives MEDIUM, less gives LOW. A country figure never gives VERY_HIGH,
 * which is kept for an ILAB listing of the raw material itself. A country without a share (not assessed,
 * or Unavailable) gives nothing: ILAB mostly assesses countries where child labour is a concern, so its
 * silence is no evidence of low risk.
 */
final class ChildLabourFindingsRule implements Rule {

    static final RuleId ID = new RuleId("ilab_findings_working_children", 1);
    private static final String FIELD = "working_children_share";
    private static final BigDecimal HIGH = new BigDecimal("0.10");
    private static final BigDecimal MEDIUM = new BigDecimal("0.05");

    @Override
    public Theme theme() {
        return Theme.CHILD_LABOUR;
    }

    @Override
    public String looksFor() {
        return "the share of working children in ILAB's child-labour findings for this country";
    }

    @Override
    public Optional<ThemeRisk> assess(Commodity commodity, Country country, Evidence evidence) {
        return evidence.figure(EvidenceSet.ILAB_FINDINGS, country.iso3(), FIELD)
                .map(share -> share.risk(
                        Theme.CHILD_LABOUR,
                        level(share.value()),
                        ID,
                        share.value().movePointRight(2).stripTrailingZeros().toPlainString() + " % of children in "
                                + country.nameEn() + " work (ILAB). 10 % or more (above the world average) is"
                                + " high, 5 % or more medium, less low. A country figure: it says nothing about"
                                + " this raw material in particular."));
    }

    static Level level(BigDecimal share) {
        if (share.compareTo(HIGH) >= 0) {
            return Level.HIGH;
        }
        return share.compareTo(MEDIUM) >= 0 ? Level.MEDIUM : Level.LOW;
    }
}
