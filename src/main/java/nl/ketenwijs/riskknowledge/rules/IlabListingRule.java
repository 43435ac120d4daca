package nl.ketenwijs.riskknowledge.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;

/**
 * Commodity-specific evidence: ILAB lists a good the commodity covers, for this country, as produced with
 * child labour or forced labour. Threshold: any listing with the theme's flag set to Yes gives VERY_HIGH,
 * the top of the scale, because ILAB only lists a pair when it has credible evidence from several sources
 * that the exploitation is more than isolated. Forced child labour counts for both themes: it is child
 * labour and it is forced labour. No listing gives nothing, never LOW: the list is not exhaustive.
 */
final class IlabListingRule implements Rule {

    static final IlabListingRule CHILD_LABOUR = new IlabListingRule(
            Theme.CHILD_LABOUR,
            new RuleId("ilab_listing_child_labour", 1),
            List.of("child_labor", "forced_child_labor"),
            "child labour");
    static final IlabListingRule FORCED_LABOUR = new IlabListingRule(
            Theme.FORCED_LABOUR,
            new RuleId("ilab_listing_forced_labour", 1),
            List.of("forced_labor", "forced_child_labor"),
            "forced labour");

    private final Theme theme;
    private final RuleId id;
    private final List<String> flags;
    private final String exploitation;

    private IlabListingRule(Theme theme, RuleId id, List<String> flags, String exploitation) {
        this.theme = theme;
        this.id = id;
        this.flags = flags;
        this.exploitation = exploitation;
    }

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public String looksFor() {
        return "a listing of this raw material and country with " + exploitation + " on the ILAB List of Goods";
    }

    @Override
    public Optional<ThemeRisk> assess(Commodity commodity, Country country, Evidence evidence) {
        List<Reason> reasons = new ArrayList<>();
        for (SourceRow row : evidence.ilabListings(commodity.code(), country.iso3())) {
            for (String flag : flags) {
                if (row.isYes(flag)) {
                    reasons.add(row.reason(
                            flag,
                            id,
                            "ILAB lists " + row.subject() + " from " + country.nameEn() + " as produced with "
                                    + exploitation + " (" + flag + " = Yes): commodity-specific evidence of"
                                    + " the worst kind, so very high."));
                }
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new ThemeRisk(theme, Level.VERY_HIGH, reasons));
    }
}
