package nl.ketenwijs.riskknowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.CommodityCountry;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.GenderRisk;
import nl.ketenwijs.riskknowledge.GenderRisks;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.ThemeGroup;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import nl.ketenwijs.riskknowledge.web.NameCheck.Suggestion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public risk check page: a plain GET form, so a result can be bookmarked and shared, and works without
 * JavaScript. A name that matches nothing re-renders the form with names to choose from, never an error.
 * Several countries, comma-separated, give one result each: companies often buy a raw material from more.
 */
@Controller
class RiskCheckController {

    static final String RISK_CHECK = "riskcheck/check";
    static final String PATH = "/risicocheck";

    private final Commodities commodities;
    private final Countries countries;
    private final RiskProfiles profiles;
    private final GenderRisks genderRisks;

    RiskCheckController(Commodities commodities, Countries countries, RiskProfiles profiles, GenderRisks genderRisks) {
        this.commodities = commodities;
        this.countries = countries;
        this.profiles = profiles;
        this.genderRisks = genderRisks;
    }

    @GetMapping(PATH)
    String check(
            @RequestParam(defaultValue = "") String commodity,
            @RequestParam(defaultValue = "") String country,
            Locale locale,
            Model model) {
        model.addAttribute("commodity", commodity);
        model.addAttribute("country", country);
        model.addAttribute("commodityNames", CommodityNames.sorted(commodities.all(), locale));
        List<String> countryNames = Arrays.stream(country.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        // A first visit asks nothing yet, so it gets no messages.
        if (commodity.isBlank() && countryNames.isEmpty()) {
            return RISK_CHECK;
        }
        Match<Commodity> commodityMatch = commodity.isBlank() ? Match.none(List.of()) : commodities.match(commodity);
        model.addAttribute(
                "commodityCheck",
                NameCheck.Field.commodity(commodity, commodityMatch, locale, PATH, "country", country));
        List<Match<Country>> countryMatches =
                countryNames.stream().map(countries::match).toList();
        model.addAttribute("countryCheck", countryCheck(commodity, countryNames, countryMatches, locale));
        if (commodityMatch.isFound()
                && !countryMatches.isEmpty()
                && countryMatches.stream().allMatch(Match::isFound)) {
            Commodity found = commodityMatch.found().orElseThrow();
            model.addAttribute(
                    "results",
                    countryMatches.stream()
                            .map(match -> result(found, match.found().orElseThrow(), locale))
                            .toList());
        }
        return RISK_CHECK;
    }

    /** A suggestion for one of several countries replaces only that one in the query. */
    private static NameCheck.Field countryCheck(
            String commodity, List<String> names, List<Match<Country>> matches, Locale locale) {
        if (names.isEmpty()) {
            return new NameCheck.Field(List.of(new NameCheck("", false, List.of())));
        }
        List<NameCheck> checks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int at = i;
            checks.add(new NameCheck(
                    names.get(i),
                    matches.get(i).isFound(),
                    matches.get(i).suggestions().stream()
                            .map(c -> {
                                List<String> chosen = new ArrayList<>(names);
                                chosen.set(at, c.name(locale));
                                return Suggestion.to(
                                        c.name(locale),
                                        PATH,
                                        "commodity",
                                        commodity,
                                        "country",
                                        String.join(", ", chosen));
                            })
                            .toList()));
        }
        return new NameCheck.Field(checks);
    }

    private Result result(Commodity commodity, Country country, Locale locale) {
        return new Result(
                commodity.name(locale),
                commodity.code(),
                country.name(locale),
                country.iso2().toLowerCase(Locale.ROOT),
                byGroup(profiles.profile(commodity, country).themes()),
                genderRisks.of(new CommodityCountry(commodity.code(), country.iso3())));
    }

    /** In the order of the themes, which is also the order of their groups. */
    private static Map<ThemeGroup, List<ThemeRisk>> byGroup(List<ThemeRisk> themes) {
        return themes.stream()
                .collect(Collectors.groupingBy(risk -> risk.theme().group(), LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * One country's result, with the gender aspects marked for it; the id keeps element ids unique when a
     * page shows several.
     */
    public record Result(
            String commodity,
            String commodityCode,
            String country,
            String id,
            Map<ThemeGroup, List<ThemeRisk>> groups,
            List<GenderRisk> gender) {}
}
