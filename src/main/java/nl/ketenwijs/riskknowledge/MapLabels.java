package nl.ketenwijs.riskknowledge;

import java.util.Map;

/**
 * The words a world map says, in the reader's language: its title and description (for screen readers and
 * the legend), the name of every level, and country names by ISO alpha-3. The id prefixes every id inside
 * the map, so several maps can share a page.
 */
public record MapLabels(
        String id, String title, String description, Map<Level, String> levelNames, Map<String, String> countryNames) {

    public MapLabels {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A map id must be a plain lowercase id: " + id);
        }
        levelNames = Map.copyOf(levelNames);
        countryNames = Map.copyOf(countryNames);
    }
}
