package nl.ketenwijs.quickscan.scan;

/**
 * A first step a small company can take, as a template: its title and text are messages
 * ({@code quickscan.step.<code>.title} and {@code .text}) with the raw material, commodity and country
 * filled in. The codes are stored with chosen steps: never rename one.
 */
public enum StepTemplate {
    /** For a raw material whose origin the company does not know. */
    ASK_ORIGIN("ask_origin"),
    /** For a raw material the knowledge base does not know. */
    ASK_CONTENT("ask_content"),
    /** For a commodity and country with a high risk. */
    CERTIFICATION("certification"),
    COVENANT_PROJECT("covenant_project"),
    LIVING_INCOME("living_income"),
    NGO_PARTNER("ngo_partner"),
    /** For every company. */
    CODE_OF_CONDUCT("code_of_conduct"),
    POLICY("policy");

    private final String code;

    StepTemplate(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
