package nl.ketenwijs.riskanalysis;

import java.util.EnumMap;
import java.util.Map;
import nl.ketenwijs.riskknowledge.Theme;

/**
 * How grave harm on a theme is, from 1 to 5, in the sense of the UN Guiding Principles (scale, scope and
 * how hard it is to remedy). These are defaults per theme; a company adjusts them for its own chain with a
 * reason. Harm to children, forced labour and conflict cannot be undone, so they start at 5; corruption
 * harms people indirectly, so it starts at 2.
 */
public final class Severity {

    private static final Map<Theme, Integer> DEFAULTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Theme.CHILD_LABOUR, 5),
            Map.entry(Theme.FORCED_LABOUR, 5),
            Map.entry(Theme.LIVING_WAGE, 3),
            Map.entry(Theme.FREEDOM_OF_ASSOCIATION, 3),
            Map.entry(Theme.HEALTH_AND_SAFETY, 4),
            Map.entry(Theme.DISCRIMINATION_GENDER, 3),
            Map.entry(Theme.LAND_RIGHTS, 4),
            Map.entry(Theme.COMMUNITIES, 3),
            Map.entry(Theme.CONFLICT, 5),
            Map.entry(Theme.DEFORESTATION, 4),
            Map.entry(Theme.WATER, 3),
            Map.entry(Theme.CLIMATE, 3),
            Map.entry(Theme.PESTICIDES_POLLUTION, 4),
            Map.entry(Theme.ANIMAL_WELFARE, 3),
            Map.entry(Theme.CORRUPTION, 2)));

    private Severity() {}

    public static int defaultFor(Theme theme) {
        Integer severity = DEFAULTS.get(theme);
        if (severity == null) {
            throw new IllegalStateException("No default severity for " + theme);
        }
        return severity;
    }
}
