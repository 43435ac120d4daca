package nl.ketenwijs.riskknowledge;

import java.util.Map;

/**
 * The words a world map says, in the reader's language: its title and description (for screen readers and
 * the legend), the name of every level, and country names by ISO alpha-3. The id prefixes every id inside
 * the map, so several maps can share a page.
 *
 * @param outsideName when not null, a country missing from the map's levels is outside the map's subject (a
 *     company does not source there) and is drawn plain, under this name, instead of as unknown
 */
public record MapLabels(
        String id,
        String title,
        String description,
        Map<Level, String> levelNames,
        Map<String, String> countryNames,
        String outsideName) {

    /** A map of every country, where a country without a level is unknown. */
    public MapLabels(
            String id,
            String title,
            String description,
            Map<Level, String> levelNames,
            Map<String, String> countryNames) {
        this(id, title, description, levelNames, countryNames, null);
    }

    public MapLabels {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A map id must be a plain lowercase id: " + id);
        }
        levelNames = Map.copyOf(levelNames);
        countryNames = Map.copyOf(countryNames);
    }
}
