package nl.ketenwijs.organisation;

import java.util.UUID;

/** Which organisation, as much as a mail or a role check needs to know of it. */
public record OrganisationRef(UUID id, String name, OrganisationKind kind) {

    /** Roles are bound to the kind of organisation: a company has no complaint handler. */
    public boolean fits(Role role) {
        return role != null && role.organisationKind() == kind;
    }
}
