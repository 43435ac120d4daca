package nl.ketenwijs.riskknowledge;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gender lens across the themes: gender-specific ways in which a risk falls on women, which an expert
 * entry can mark whatever its theme (harassment in harvest work under health and safety, a pay gap under
 * living wage). The codes are stable because they are stored with expert entries and given by the API.
 */
public enum GenderAspect {
    SEXUAL_HARASSMENT("sexual_harassment"),
    UNPAID_FAMILY_LABOUR("unpaid_family_labour"),
    PAY_GAP("pay_gap"),
    LAND_AND_CREDIT("land_and_credit"),
    MATERNITY_PROTECTION("maternity_protection"),
    DISCRIMINATION_IN_HIRING("discrimination_in_hiring");

    private final String code;

    GenderAspect(String code) {
        this.code = code;
    }

    /** Stable: stored with expert entries and used in the API; never rename. */
    public String code() {
        return code;
    }

    /** The name, in messages.properties (Dutch) and messages_en.properties. */
    public String messageKey() {
        return "gender.aspect." + code;
    }

    /** One plain line on what the aspect means. */
    public String explanationKey() {
        return messageKey() + ".explanation";
    }

    public static Optional<GenderAspect> byCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /** A code that must be known, as in the shipped files: an unknown one is refused, naming the known ones. */
    public static GenderAspect parse(String code) {
        return byCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown gender aspect \"" + code + "\"; known are: "
                        + Arrays.stream(values()).map(GenderAspect::code).collect(Collectors.joining(", "))));
    }

    /**
     * The aspects of stored codes, in the order of this enum. A code this version does not know (stored by a
     * newer one) is skipped, as expert entries of unknown themes are.
     */
    public static List<GenderAspect> known(String... codes) {
        return ordered(Arrays.stream(codes == null ? new String[0] : codes)
                .filter(Objects::nonNull)
                .map(GenderAspect::byCode)
                .flatMap(Optional::stream)
                .toList());
    }

    /** Each aspect once, in the order of this enum. */
    public static List<GenderAspect> ordered(Collection<GenderAspect> aspects) {
        Set<GenderAspect> set = aspects.isEmpty() ? EnumSet.noneOf(GenderAspect.class) : EnumSet.copyOf(aspects);
        return Collections.unmodifiableList(List.copyOf(set));
    }
}
