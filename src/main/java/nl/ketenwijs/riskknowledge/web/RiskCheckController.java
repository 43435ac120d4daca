package nl.ketenwijs.riskknowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.ThemeGroup;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public risk check page: a plain GET form, so a result can be bookmarked and shared, and works without
 * JavaScript. A name that matches nothing re-renders the form with names to choose from, never an error.
 */
@Controller
class RiskCheckController {

    static final String RISK_CHECK = "riskcheck/check";

    private final Commodities commodities;
    private final Countries countries;
    private final RiskProfiles profiles;

    RiskCheckController(Commodities commodities, Countries countries, RiskProfiles profiles) {
        this.commodities = commodities;
        this.countries = countries;
        this.profiles = profiles;
    }

    @GetMapping("/risicocheck")
    String check(
            @RequestParam(defaultValue = "") String commodity,
            @RequestParam(defaultValue = "") String country,
            Locale locale,
            Model model) {
        model.addAttribute("commodity", commodity);
        model.addAttribute("country", country);
        model.addAttribute(
                "commodityNames",
                commodities.all().stream().map(c -> c.name(locale)).sorted().toList());
        // A first visit asks nothing yet, so it gets no messages.
        if (commodity.isBlank() && country.isBlank()) {
            return RISK_CHECK;
        }
        Match<Commodity> commodityMatch = commodity.isBlank() ? Match.none(List.of()) : commodities.match(commodity);
        Match<Country> countryMatch = country.isBlank() ? Match.none(List.of()) : countries.match(country);
        model.addAttribute("commodityMatch", new NameCheck(commodityMatch, commodity, c -> c.name(locale)));
        model.addAttribute("countryMatch", new NameCheck(countryMatch, country, c -> c.name(locale)));
        if (commodityMatch.isFound() && countryMatch.isFound()) {
            Commodity foundCommodity = commodityMatch.found().orElseThrow();
            Country foundCountry = countryMatch.found().orElseThrow();
            model.addAttribute("foundCommodity", foundCommodity.name(locale));
            model.addAttribute("foundCountry", foundCountry.name(locale));
            model.addAttribute(
                    "groups",
                    byGroup(profiles.profile(foundCommodity, foundCountry).themes()));
        }
        return RISK_CHECK;
    }

    /** In the order of the themes, which is also the order of their groups. */
    private static Map<ThemeGroup, List<ThemeRisk>> byGroup(List<ThemeRisk> themes) {
        return themes.stream()
                .collect(Collectors.groupingBy(risk -> risk.theme().group(), LinkedHashMap::new, Collectors.toList()));
    }
}
