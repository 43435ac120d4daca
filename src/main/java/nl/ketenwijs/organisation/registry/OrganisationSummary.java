package nl.ketenwijs.organisation.registry;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.OrganisationRef;

/** An organisation as the overview and its own page show it; size and branches only for companies. */
public record OrganisationSummary(
        UUID id,
        String name,
        OrganisationKind kind,
        SizeClass sizeClass,
        Integer employeeCount,
        List<String> branches) {

    public OrganisationRef ref() {
        return new OrganisationRef(id, name, kind);
    }
}
