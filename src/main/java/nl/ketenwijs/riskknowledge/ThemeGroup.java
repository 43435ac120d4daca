package nl.ketenwijs.riskknowledge;

/** The groups in which the CSR Risk Check of MVO Nederland orders its themes, and so do we. */
public enum ThemeGroup {
    LABOUR("labour"),
    HUMAN_RIGHTS("human_rights"),
    ENVIRONMENT("environment"),
    ANIMAL_WELFARE("animal_welfare"),
    GOVERNANCE("governance");

    private final String code;

    ThemeGroup(String code) {
        this.code = code;
    }

    /** Stable: used in the API and stored with risk levels; never rename. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "risk.themeGroup." + code;
    }
}
