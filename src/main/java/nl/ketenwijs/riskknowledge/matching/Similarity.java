package nl.ketenwijs.riskknowledge.matching;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two name keys are, from 0 to 1: the better of trigram overlap (good for swapped or missing
 * words) and edit distance (good for typos in short names), with a bonus for a name that starts with what
 * was typed, because people type the beginning of a name.
 */
final class Similarity {

    private Similarity() {}

    static double of(String typed, String name) {
        if (typed.length() >= 3 && name.startsWith(typed)) {
            return 0.9;
        }
        return Math.max(
                trigrams(typed, name),
                1.0 - (double) levenshtein(typed, name) / Math.max(typed.length(), name.length()));
    }

    /** Jaccard similarity of the padded trigrams, as PostgreSQL's pg_trgm computes it. */
    static double trigrams(String a, String b) {
        Set<String> left = trigramSet(a);
        Set<String> right = trigramSet(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / (left.size() + right.size() - shared.size());
    }

    private static Set<String> trigramSet(String key) {
        Set<String> grams = new HashSet<>();
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
