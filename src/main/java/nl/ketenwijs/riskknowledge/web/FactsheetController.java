package nl.ketenwijs.riskknowledge.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Factsheet;
import nl.ketenwijs.riskknowledge.Factsheets;
import nl.ketenwijs.riskknowledge.IlabListing;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public factsheets: one page per commodity and an index of them all by category. */
@Controller
class FactsheetController {

    static final String INDEX = "riskcheck/commodities";
    static final String FACTSHEET = "riskcheck/factsheet";

    /** Enough to see where the risk is, few enough to read. */
    static final int TOP_COUNTRIES = 15;

    private final Commodities commodities;
    private final Countries countries;
    private final Factsheets factsheets;
    private final CountryLevels levels;
    private final RiskMaps maps;
    private final MessageSource messages;

    FactsheetController(
            Commodities commodities,
            Countries countries,
            Factsheets factsheets,
            CountryLevels levels,
            RiskMaps maps,
            MessageSource messages) {
        this.commodities = commodities;
        this.countries = countries;
        this.factsheets = factsheets;
        this.levels = levels;
        this.maps = maps;
        this.messages = messages;
    }

    /** By category (in the order of its code), each in the reader's alphabetical order. */
    @GetMapping("/grondstoffen")
    String index(Locale locale, Model model) {
        Collator collator = Collator.getInstance(locale);
        model.addAttribute(
                "categories",
                commodities.all().stream()
                        .sorted(Comparator.comparing((Commodity c) -> c.name(locale), collator))
                        .collect(Collectors.groupingBy(Commodity::category, TreeMap::new, Collectors.toList())));
        return INDEX;
    }

    @GetMapping("/grondstoffen/{code}")
    String factsheet(@PathVariable String code, Locale locale, Model model) {
        Factsheet sheet = factsheets.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Country> byIso3 =
                countries.all().stream().collect(Collectors.toMap(Country::iso3, Function.identity()));
        Collator collator = Collator.getInstance(locale);
        model.addAttribute("sheet", sheet);
        model.addAttribute("name", sheet.commodity().name(locale));
        model.addAttribute(
                "listings",
                sheet.ilabListings().stream()
                        .map(listing -> new Listing(countryName(byIso3, listing.iso3(), locale), listing))
                        .sorted(Comparator.comparing(Listing::country, collator))
                        .toList());
        List<RiskProfile> profiles = levels.everyCountry(sheet.commodity());
        model.addAttribute("topCountries", OriginRanking.highestRisk(profiles, TOP_COUNTRIES));
        model.addAttribute(
                "svg",
                maps.render(
                        "overview",
                        messages.getMessage(
                                "factsheet.map.title",
                                new Object[] {sheet.commodity().name(locale)},
                                locale),
                        "factsheet.map.description",
                        profiles,
                        FactsheetController::highest,
                        locale));
        model.addAttribute("keyThemes", OriginRanking.KEY_THEMES);
        model.addAttribute("themeGroups", WorldMapController.themeGroups());
        return FACTSHEET;
    }

    /** The highest level on any theme; unknown only when every theme is unknown. */
    private static Level highest(RiskProfile profile) {
        return profile.themes().stream()
                .map(ThemeRisk::level)
                .max(Comparator.naturalOrder())
                .orElse(Level.UNKNOWN);
    }

    private static String countryName(Map<String, Country> byIso3, String iso3, Locale locale) {
        Country country = byIso3.get(iso3);
        return country == null ? iso3 : country.name(locale);
    }

    /** An ILAB listing with the country's name in the reader's language. */
    record Listing(String country, IlabListing listing) {}
}
