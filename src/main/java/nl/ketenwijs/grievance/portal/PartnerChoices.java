package nl.ketenwijs.grievance.portal;

import java.util.List;
import java.util.Optional;
import nl.ketenwijs.organisation.OrganisationRef;
import nl.ketenwijs.organisation.SectorDirectory;
import org.springframework.stereotype.Component;

/** The NGO and union partners a complainant can choose to be reached through. */
@Component
class PartnerChoices {

    private final SectorDirectory sector;

    PartnerChoices(SectorDirectory sector) {
        this.sector = sector;
    }

    List<OrganisationRef> all() {
        return sector.partners();
    }

    Optional<OrganisationRef> find(String id) {
        return all().stream()
                .filter(partner -> partner.id().toString().equals(id))
                .findFirst();
    }
}
