package nl.ketenwijs.riskknowledge.rules;

import java.util.List;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;

/**
 * The rules of every theme, most specific first: the first rule with evidence decides, so an ILAB listing of
 * the raw material beats a country indicator. After the open-data rules of a theme comes the secretariat's
 * expert entry (for themes without an open data set it is the only rule). A theme where nothing applies is
 * UNKNOWN, with a reason that says what was looked for, never LOW.
 */
public final class RiskRules {

    static final RuleId NO_EVIDENCE = new RuleId("no_evidence", 1);

    private static final List<Rule> RULES = List.of(
            IlabListingRule.CHILD_LABOUR,
            new ChildLabourFindingsRule(),
            IlabListingRule.FORCED_LABOUR,
            new RuleOfLawForcedLabourRule(),
            new DeforestationRule(),
            WgiRankRule.FREEDOM_OF_ASSOCIATION,
            WgiRankRule.CORRUPTION);

    private RiskRules() {}

    public static ThemeRisk assess(Theme theme, Commodity commodity, Country country, Evidence evidence) {
        List<Rule> rules = RULES.stream().filter(rule -> rule.theme() == theme).toList();
        for (Rule rule : rules) {
            Optional<ThemeRisk> risk = rule.assess(commodity, country, evidence);
            if (risk.isPresent()) {
                return risk.get();
            }
        }
        Optional<ThemeRisk> expert = ExpertAssessmentRule.assess(theme, commodity, country, evidence);
        if (expert.isPresent()) {
            return expert.get();
        }
        return new ThemeRisk(
                theme, Level.UNKNOWN, List.of(Reason.missing(NO_EVIDENCE.id(), NO_EVIDENCE.version(), missing(rules))));
    }

    private static String missing(List<Rule> rules) {
        if (rules.isEmpty()) {
            return "No open data set covers this theme yet; an expert entry is needed. Unknown is not low risk.";
        }
        return "No evidence found: looked for "
                + String.join("; and for ", rules.stream().map(Rule::looksFor).toList())
                + ". Unknown is not low risk; an expert entry is needed.";
    }
}
