package nl.ketenwijs.supplychain.mapping;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as people type it in the Netherlands and elsewhere: 12,5 and 12.5, 1.250,75 and
 * 1,250.75. When both separators occur, the last one is the decimal separator. A lone separator followed
 * by exactly three digits (1.250 or 1,250) is ambiguous; Dutch writing makes it thousands, so it is read as
 * thousands for a point and as a decimal for a comma only when the writer's convention says so.
 */
public final class DecimalText {

    private static final Pattern GROUPED_POINTS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern GROUPED_SPACES = Pattern.compile("[0-9]{1,3}( [0-9]{3})+([.,][0-9]+)?");

    private DecimalText() {}

    /**
     * @param decimalComma whether the writer uses a comma as the decimal separator (Dutch), which decides
     *     the ambiguous 1.250 (thousands) and 1,250 (one and a quarter)
     * @return empty when the text is not a non-negative number
     */
    public static Optional<BigDecimal> parse(String text, boolean decimalComma) {
        String typed = text.strip().replace('\u00a0', ' ').replace('\u202f', ' ');
        if (typed.indexOf(' ') >= 0 && GROUPED_SPACES.matcher(typed).matches()) {
            typed = typed.replace(" ", "");
        }
        String canonical;
        if (isPlain(typed) && !isThousands(typed, decimalComma)) {
            canonical = typed.replace(',', '.');
        } else if (GROUPED_POINTS.matcher(typed).matches() && (decimalComma || typed.contains(","))) {
            canonical = typed.replace(".", "").replace(',', '.');
        } else if (GROUPED_COMMAS.matcher(typed).matches() && (!decimalComma || typed.contains("."))) {
            canonical = typed.replace(",", "");
        } else {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(canonical));
    }

    /**
     * A stored number as a person writes it: 32.50 as 32.5 and 12000.000 as 12000 (not 1.2E+4, which is what
     * stripping the zeros alone makes of it).
     */
    public static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.setScale(Math.max(0, stripped.scale()));
    }

    /**
     * Digits with at most one point or comma between digits, as 12 and 12,5: a file's number column is read on
     * every row, and this is most of them, so it is checked without a regular expression.
     */
    private static boolean isPlain(String typed) {
        int separators = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '.' || c == ',') {
                if (++separators > 1 || i == 0 || i == typed.length() - 1) {
                    return false;
                }
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return !typed.isEmpty();
    }

    /** 1.250 in Dutch, 1,250 in English: a thousands separator, not a decimal one. */
    private static boolean isThousands(String plain, boolean decimalComma) {
        char separator = decimalComma ? '.' : ',';
        int at = plain.indexOf(separator);
        return at > 0 && at <= 3 && plain.length() - at - 1 == 3;
    }
}
