package nl.ketenwijs.riskknowledge.rules;

import java.util.List;
import java.util.Optional;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Reason;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;

/**
 * The secretariat's expert entry for the raw material on the theme: the one for this country of origin,
 * else the one for every origin. It comes after every open-data rule of its theme, because a judgement
 * should fill a gap in the data, not overrule it. Its reason cites the entry (edition: the date of its last
 * change) and carries the rationale and reference, so the level is shown as a judgement, not a measurement.
 */
final class ExpertAssessmentRule {

    static final RuleId ID = new RuleId("expert_assessment", 1);
    static final String DATA_SET = "expert_assessment";

    private ExpertAssessmentRule() {}

    static Optional<ThemeRisk> assess(Theme theme, Commodity commodity, Country country, Evidence evidence) {
        return evidence.expert(commodity.code(), theme, country.iso3())
                .map(entry -> new ThemeRisk(theme, entry.level(), List.of(reason(entry, commodity, country))));
    }

    private static Reason reason(ExpertEntry entry, Commodity commodity, Country country) {
        String scope = entry.iso3() == null ? "from every origin" : "from " + country.nameEn();
        return new Reason(
                DATA_SET,
                entry.note().revisedOn().toString(),
                commodity.code(),
                entry.theme().code(),
                entry.level().code(),
                ID.id(),
                ID.version(),
                "Expert judgement (not a measurement) for " + commodity.nameEn() + " " + scope + ": "
                        + entry.note().rationaleEn() + " Reference: "
                        + entry.note().reference(),
                entry.note());
    }
}
