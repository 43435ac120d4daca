package nl.ketenwijs.riskknowledge.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ketenwijs.riskknowledge.Match;

/**
 * Finds an entry by any of its names: exactly (after {@link NameKey}, then in the singular), or else the
 * nearest names as suggestions. Reference lists are small (about a thousand names), so it lives in memory.
 */
public final class NameIndex<T> {

    private static final int SUGGESTIONS = 5;
    private static final double GOOD_ENOUGH = 0.35;

    private final Map<String, Set<T>> exact = new HashMap<>();
    private final Map<String, Set<T>> singular = new HashMap<>();

    public NameIndex<T> add(String name, T entry) {
        String key = NameKey.of(name);
        if (!key.isEmpty()) {
            exact.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry);
            singular.computeIfAbsent(NameKey.singular(key), k -> new LinkedHashSet<>())
                    .add(entry);
        }
        return this;
    }

    /** The one entry a name stands for; a name shared by two entries is no match, and both are suggested. */
    public Match<T> match(String input) {
        String key = NameKey.of(input);
        if (key.isEmpty()) {
            return Match.none(List.of());
        }
        Optional<Match<T>> found = lookUp(exact.get(key)).or(() -> lookUp(singular.get(NameKey.singular(key))));
        return found.orElseGet(() -> Match.none(nearest(key)));
    }

    private Optional<Match<T>> lookUp(Set<T> entries) {
        if (entries == null) {
            return Optional.empty();
        }
        if (entries.size() == 1) {
            return Optional.of(Match.of(entries.iterator().next()));
        }
        return Optional.of(Match.none(List.copyOf(entries)));
    }

    private List<T> nearest(String key) {
        Map<T, Double> best = new LinkedHashMap<>();
        exact.forEach((name, entries) -> {
            double score = Similarity.of(key, name);
            if (score >= GOOD_ENOUGH) {
                entries.forEach(entry -> best.merge(entry, score, Math::max));
            }
        });
        List<Map.Entry<T, Double>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.<T, Double>comparingByValue(Comparator.reverseOrder()));
        return ranked.stream().limit(SUGGESTIONS).map(Map.Entry::getKey).toList();
    }
}
