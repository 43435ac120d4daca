package nl.ketenwijs.riskknowledge.matching;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.ketenwijs.riskknowledge.Match;

/**
 * Finds entries by an HS code as people write it: "1801", "1801.00", "180100" or an 8-digit EU CN code. A
 * subheading not listed falls back to its heading; a heading not listed finds the entries with a
 * subheading under it.
 */
public final class HsCodeIndex<T> {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{4,10}");

    private final Map<String, Set<T>> byCode = new TreeMap<>();

    public HsCodeIndex<T> add(String code, T entry) {
        byCode.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(entry);
        return this;
    }

    /** Whether the input looks like a code at all, rather than a name. */
    public static boolean isCode(String input) {
        return input != null
                && DIGITS.matcher(SEPARATORS.matcher(input).replaceAll("")).matches();
    }

    public Match<T> match(String input) {
        String digits = SEPARATORS.matcher(input).replaceAll("");
        String code = digits.length() >= 6 ? digits.substring(0, 6) : digits.substring(0, 4);
        Set<T> found = Optional.ofNullable(byCode.get(code))
                .or(() -> Optional.ofNullable(byCode.get(code.substring(0, 4))))
                .orElseGet(() -> under(code.substring(0, 4)));
        if (found.size() == 1) {
            return Match.of(found.iterator().next());
        }
        return Match.none(found.stream().limit(5).toList());
    }

    private Set<T> under(String heading) {
        Set<T> entries = new LinkedHashSet<>();
        byCode.forEach((code, found) -> {
            if (code.startsWith(heading)) {
                entries.addAll(found);
            }
        });
        return entries;
    }
}
