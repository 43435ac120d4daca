package nl.ketenwijs.riskknowledge.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeGroup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public world map of one commodity on one theme, with every country in a table by level beside it
 * for those who cannot see the map and for the small islands it does not draw. A GET form, like the risk
 * check: a name that matches nothing gets names to choose from, never an error.
 */
@Controller
class WorldMapController {

    static final String MAP = "riskcheck/map";
    static final String PATH = "/risicocheck/kaart";

    private final Commodities commodities;
    private final CountryLevels levels;
    private final RiskMaps maps;
    private final MessageSource messages;

    WorldMapController(Commodities commodities, CountryLevels levels, RiskMaps maps, MessageSource messages) {
        this.commodities = commodities;
        this.levels = levels;
        this.maps = maps;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String map(
            @RequestParam(defaultValue = "") String commodity,
            @RequestParam(defaultValue = "child_labour") String theme,
            Locale locale,
            Model model) {
        model.addAttribute("commodity", commodity);
        model.addAttribute("theme", theme);
        model.addAttribute("commodityNames", CommodityNames.sorted(commodities.all(), locale));
        model.addAttribute("themeGroups", themeGroups());
        Optional<Theme> chosenTheme = Theme.byCode(theme);
        model.addAttribute("themeUnknown", chosenTheme.isEmpty());
        if (commodity.isBlank()) {
            return MAP;
        }
        Match<Commodity> match = commodities.match(commodity);
        model.addAttribute("commodityCheck", NameCheck.Field.commodity(commodity, match, locale, PATH, "theme", theme));
        if (match.isFound() && chosenTheme.isPresent()) {
            model.addAttribute("result", result(match.found().orElseThrow(), chosenTheme.get(), locale));
        }
        return MAP;
    }

    private Result result(Commodity commodity, Theme theme, Locale locale) {
        List<RiskProfile> profiles = levels.everyCountry(commodity);
        String commodityName = commodity.name(locale);
        String svg = maps.render(
                "map",
                messages.getMessage(
                        "map.svg.title",
                        new Object[] {messages.getMessage(theme.messageKey(), null, locale), commodityName},
                        locale),
                "map.svg.description",
                profiles,
                profile -> profile.theme(theme).level(),
                locale);
        Map<Level, List<CountryLink>> byLevel = new EnumMap<>(Level.class);
        for (RiskProfile profile : profiles) {
            Country country = profile.country();
            byLevel.computeIfAbsent(profile.theme(theme).level(), level -> new ArrayList<>())
                    .add(new CountryLink(country.name(locale), checkLink(commodity, country, theme, locale)));
        }
        Comparator<CountryLink> byName = Comparator.comparing(CountryLink::name, Collator.getInstance(locale));
        Map<Level, List<CountryLink>> highestFirst = new LinkedHashMap<>();
        for (int i = Level.values().length - 1; i >= 0; i--) {
            List<CountryLink> links = byLevel.getOrDefault(Level.values()[i], List.of());
            if (!links.isEmpty()) {
                highestFirst.put(
                        Level.values()[i], links.stream().sorted(byName).toList());
            }
        }
        return new Result(commodityName, commodity.code(), theme, svg, highestFirst);
    }

    /** The risk check of this pair, opened at this theme's reasons. */
    private static String checkLink(Commodity commodity, Country country, Theme theme, Locale locale) {
        return UriComponentsBuilder.fromPath(RiskCheckController.PATH)
                .queryParam("commodity", commodity.name(locale))
                .queryParam("country", country.name(locale))
                .fragment(country.iso2().toLowerCase(Locale.ROOT) + "-" + theme.code())
                .encode()
                .build()
                .toUriString();
    }

    static Map<ThemeGroup, List<Theme>> themeGroups() {
        return Arrays.stream(Theme.values())
                .collect(Collectors.groupingBy(Theme::group, LinkedHashMap::new, Collectors.toList()));
    }

    record CountryLink(String name, String href) {}

    record Result(
            String commodity, String commodityCode, Theme theme, String svg, Map<Level, List<CountryLink>> byLevel) {}
}
