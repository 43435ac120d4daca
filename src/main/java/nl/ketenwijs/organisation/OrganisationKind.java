package nl.ketenwijs.organisation;

public enum OrganisationKind {
    COMPANY,
    BRANCH_ORGANISATION,
    SECRETARIAT,
    PARTNER
}
