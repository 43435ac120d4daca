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
import nl.ketenwijs.riskknowledge.MapLabels;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeGroup;
import nl.ketenwijs.riskknowledge.WorldMaps;
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
    private final WorldMaps maps;
    private final MessageSource messages;

    WorldMapController(Commodities commodities, CountryLevels levels, WorldMaps maps, MessageSource messages) {
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
        Map<Level, List<CountryLink>> byLevel = new EnumMap<>(Level.class);
        Map<String, Level> levelByIso3 = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Comparator<CountryLink> byName = Comparator.comparing(CountryLink::name, Collator.getInstance(locale));
        for (RiskProfile profile : levels.everyCountry(commodity)) {
            Country country = profile.country();
            Level level = profile.theme(theme).level();
            levelByIso3.put(country.iso3(), level);
            names.put(country.iso3(), country.name(locale));
            byLevel.computeIfAbsent(level, l -> new ArrayList<>())
                    .add(new CountryLink(country.name(locale), checkLink(commodity, country, theme, locale)));
        }
        String commodityName = commodity.name(locale);
        String themeName = message(theme.messageKey(), locale);
        Map<Level, String> levelNames = Arrays.stream(Level.values())
                .collect(Collectors.toMap(level -> level, level -> message("riskcheck.level." + level.code(), locale)));
        String svg = maps.render(
                levelByIso3,
                new MapLabels(
                        "map",
                        message("map.svg.title", locale, themeName, commodityName),
                        message("map.svg.description", locale),
                        levelNames,
                        names));
        Map<Level, List<CountryLink>> highestFirst = new LinkedHashMap<>();
        for (int i = Level.values().length - 1; i >= 0; i--) {
            Level level = Level.values()[i];
            List<CountryLink> links = byLevel.getOrDefault(level, List.of());
            if (!links.isEmpty()) {
                highestFirst.put(level, links.stream().sorted(byName).toList());
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

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static Map<ThemeGroup, List<Theme>> themeGroups() {
        return Arrays.stream(Theme.values())
                .collect(Collectors.groupingBy(Theme::group, LinkedHashMap::new, Collectors.toList()));
    }

    record CountryLink(String name, String href) {}

    record Result(
            String commodity, String commodityCode, Theme theme, String svg, Map<Level, List<CountryLink>> byLevel) {}
}
