package nl.ketenwijs.riskknowledge.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The form in which names are compared: lower case, no accents, no punctuation, single spaces, without the
 * filler words "the" and "of" (so that the World Bank spelling Congo (Democratic Republic of the) is found).
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> FILLERS = Set.of("the", "of");

    private NameKey() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        // ß, æ and œ have no decomposition, so they are spelled out before the accents go.
        String plain = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe");
        plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NOT_LETTER_OR_DIGIT
                        .matcher(plain)
                        .replaceAll(" ")
                        .trim()
                        .split(" "))
                .filter(word -> !word.isEmpty() && !FILLERS.contains(word))
                .collect(Collectors.joining(" "));
    }

    /**
     * Each word in a rough English singular, so that cocoa beans meets cocoa bean and tomatoes meets tomato.
     * Applied to both sides of a comparison, so an odd stem ("molasse") still finds itself. Dutch plurals
     * are irregular (boon, bonen) and come in as synonyms instead.
     */
    public static String singular(String key) {
        return Arrays.stream(key.split(" ")).map(NameKey::singularWord).collect(Collectors.joining(" "));
    }

    private static String singularWord(String word) {
        if (word.length() <= 3 || word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
