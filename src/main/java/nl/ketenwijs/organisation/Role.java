package nl.ketenwijs.organisation;

/** What a person may do for their organisation. Secretariat roles always need a second factor. */
public enum Role {
    COMPANY_ADMIN(OrganisationKind.COMPANY),
    COMPANY_EDITOR(OrganisationKind.COMPANY),
    COMPANY_VIEWER(OrganisationKind.COMPANY),
    BRANCH_STAFF(OrganisationKind.BRANCH_ORGANISATION),
    SECRETARIAT_ADMIN(OrganisationKind.SECRETARIAT),
    MONITORING_REVIEWER(OrganisationKind.SECRETARIAT),
    COMPLAINT_HANDLER(OrganisationKind.SECRETARIAT),
    PARTNER_MEMBER(OrganisationKind.PARTNER);

    private final OrganisationKind organisationKind;

    Role(OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }

    /** The kind of organisation a person with this role belongs to. */
    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    /** Secretariat staff see every company's data, so their password alone is never enough. */
    public boolean requiresSecondFactor() {
        return organisationKind == OrganisationKind.SECRETARIAT;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
