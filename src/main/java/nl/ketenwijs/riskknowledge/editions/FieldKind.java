package nl.ketenwijs.riskknowledge.editions;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;

/**
 * What a field of an evidence data set may hold, as the rules read it: a flag is Yes or No (SourceRow.isYes),
 * a number is digits with a decimal point (SourceRow.number) within its scale, or a placeholder the source
 * writes where it has no figure, which the rules read as no evidence. A value of the wrong kind would
 * silently become "unknown", so it is refused.
 */
enum FieldKind {
    FLAG(null, null),
    /** A share of children, 0 to 1 (0.12 is 12 %). */
    SHARE(BigDecimal.ZERO, BigDecimal.ONE),
    /** A World Bank percentile rank. */
    RANK(BigDecimal.ZERO, BigDecimal.valueOf(100)),
    HECTARES(BigDecimal.ZERO, null),
    TEXT(null, null);

    /** What the sources write where they have no figure; stored as written, read as no evidence. */
    static final Set<String> PLACEHOLDERS = Set.of("", "unavailable", "unknown", "n/a");

    private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";

    private final BigDecimal min;
    private final BigDecimal max;

    FieldKind(BigDecimal min, BigDecimal max) {
        this.min = min;
        this.max = max;
    }

    static FieldKind of(EvidenceSet set, String field) {
        if (set == EvidenceSet.ILAB_GOODS) {
            return FLAG;
        }
        if (field.endsWith("_pctrank")) {
            return RANK;
        }
        if (field.startsWith("loss_ha_")) {
            return HECTARES;
        }
        return field.equals("working_children_share") ? SHARE : TEXT;
    }

    boolean isNumber() {
        return this == SHARE || this == RANK || this == HECTARES;
    }

    /** The value as stored, or empty when it is of the wrong kind. */
    Optional<String> accept(String value, boolean decimalComma) {
        if (this == FLAG) {
            return value.equalsIgnoreCase("yes")
                    ? Optional.of("Yes")
                    : value.equalsIgnoreCase("no") ? Optional.of("No") : Optional.empty();
        }
        if (!isNumber() || PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT))) {
            return Optional.of(value);
        }
        String number = decimalComma && value.matches("-?[0-9]+,[0-9]+") ? value.replace(',', '.') : value;
        if (!number.matches(NUMBER)) {
            return Optional.empty();
        }
        BigDecimal figure = new BigDecimal(number);
        boolean inRange = (min == null || figure.compareTo(min) >= 0) && (max == null || figure.compareTo(max) <= 0);
        return inRange ? Optional.of(number) : Optional.empty();
    }

    /** Why a number or flag was refused (text is never), as a message key under editions.error, with min and max as arguments. */
    String refusal() {
        return switch (this) {
            case FLAG -> "notFlag";
            default -> max == null ? "notNumberFrom" : "notNumberBetween";
        };
    }

    /** The scale's ends that exist, for the refusal's message. */
    Object[] bounds() {
        return java.util.stream.Stream.of(min, max)
                .filter(java.util.Objects::nonNull)
                .toArray();
    }
}
