package nl.ketenwijs.organisation;

/** What the account security page says about a person's second factor. */
public record TotpStatus(boolean enrolled, boolean required, boolean organisationRequires, int recoveryCodesLeft) {

    public boolean mayDisable() {
        return enrolled && !required;
    }
}
