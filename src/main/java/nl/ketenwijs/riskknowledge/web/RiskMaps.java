package nl.ketenwijs.riskknowledge.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.MapLabels;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.WorldMaps;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A world map of risk profiles, one level per country, with every word in the reader's language. */
@Component
class RiskMaps {

    private final WorldMaps maps;
    private final MessageSource messages;

    RiskMaps(WorldMaps maps, MessageSource messages) {
        this.maps = maps;
        this.messages = messages;
    }

    /**
     * @param levelOf which level of a profile the map shows
     * @param descriptionKey the message that says what the colours mean
     */
    String render(
            String id,
            String title,
            String descriptionKey,
            List<RiskProfile> profiles,
            Function<RiskProfile, Level> levelOf,
            Locale locale) {
        Map<String, Level> levels = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (RiskProfile profile : profiles) {
            levels.put(profile.country().iso3(), levelOf.apply(profile));
            names.put(profile.country().iso3(), profile.country().name(locale));
        }
        Map<Level, String> levelNames = Arrays.stream(Level.values())
                .collect(Collectors.toMap(
                        level -> level, level -> messages.getMessage("riskcheck.level." + level.code(), null, locale)));
        return maps.render(
                levels, new MapLabels(id, title, messages.getMessage(descriptionKey, null, locale), levelNames, names));
    }
}
