package nl.ketenwijs.organisation.registry;

import java.util.Set;
import java.util.UUID;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.invitation.NewInvitation;

/** A new organisation and the first admin to invite; size and branches count only for a company. */
public record NewOrganisation(
        String name,
        OrganisationKind kind,
        SizeClass sizeClass,
        Integer employeeCount,
        Set<UUID> branchIds,
        NewInvitation firstAdmin) {

    public NewOrganisation {
        name = name.trim();
        boolean company = kind == OrganisationKind.COMPANY;
        sizeClass = company ? sizeClass : null;
        employeeCount = company ? employeeCount : null;
        branchIds = company && branchIds != null ? Set.copyOf(branchIds) : Set.of();
    }
}
