package nl.ketenwijs.riskknowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The risk themes of the covenant. Gender inequality is both a theme of its own (with discrimination) and a
 * lens across the others; the codes are stable because the API and stored risk levels use them.
 */
public enum Theme {
    CHILD_LABOUR("child_labour", ThemeGroup.LABOUR),
    FORCED_LABOUR("forced_labour", ThemeGroup.LABOUR),
    LIVING_WAGE("living_wage", ThemeGroup.LABOUR),
    FREEDOM_OF_ASSOCIATION("freedom_of_association", ThemeGroup.LABOUR),
    HEALTH_AND_SAFETY("health_and_safety", ThemeGroup.LABOUR),
    DISCRIMINATION_GENDER("discrimination_gender", ThemeGroup.LABOUR),
    LAND_RIGHTS("land_rights", ThemeGroup.HUMAN_RIGHTS),
    COMMUNITIES("communities", ThemeGroup.HUMAN_RIGHTS),
    CONFLICT("conflict", ThemeGroup.HUMAN_RIGHTS),
    DEFORESTATION("deforestation", ThemeGroup.ENVIRONMENT),
    WATER("water", ThemeGroup.ENVIRONMENT),
    CLIMATE("climate", ThemeGroup.ENVIRONMENT),
    PESTICIDES_POLLUTION("pesticides_pollution", ThemeGroup.ENVIRONMENT),
    ANIMAL_WELFARE("animal_welfare", ThemeGroup.ANIMAL_WELFARE),
    CORRUPTION("corruption", ThemeGroup.GOVERNANCE);

    private final String code;
    private final ThemeGroup group;

    Theme(String code, ThemeGroup group) {
        this.code = code;
        this.group = group;
    }

    public String code() {
        return code;
    }

    public ThemeGroup group() {
        return group;
    }

    /** The name, in messages.properties (Dutch) and messages_en.properties. */
    public String messageKey() {
        return "risk.theme." + code;
    }

    /**
     * A gender theme is about gender inequality itself, so every risk on it is gender-related and belongs in
     * a gender view. The lens across the other themes is not a theme: expert entries of any theme can mark
     * {@link GenderAspect}s (see {@link GenderRisks}).
     */
    public boolean genderTheme() {
        return this == DISCRIMINATION_GENDER;
    }

    /** The gender themes, in the order of the themes. */
    public static List<Theme> genderThemes() {
        return Arrays.stream(values()).filter(Theme::genderTheme).toList();
    }

    public static Optional<Theme> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
