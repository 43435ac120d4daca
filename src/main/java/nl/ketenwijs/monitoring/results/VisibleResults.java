package nl.ketenwijs.monitoring.results;

import nl.ketenwijs.monitoring.MonitoringResults;
import nl.ketenwijs.monitoring.YearResults;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Which aggregates a person may see: the secretariat the whole sector with every branch and size class,
 * branch staff their own members only (as a whole and per size class). Companies and partners see none
 * here; a company compares itself with its size class on its own results page.
 */
@Service
public class VisibleResults {

    private final MonitoringResults results;

    VisibleResults(MonitoringResults results) {
        this.results = results;
    }

    public YearResults of(Account account, int year) {
        if (account.organisationKind() == OrganisationKind.SECRETARIAT) {
            return results.sector(year);
        }
        if (account.organisationKind() == OrganisationKind.BRANCH_ORGANISATION) {
            return results.branch(account.organisationId(), year);
        }
        throw new AccessDeniedException("Aggregates are for the secretariat and branch organisations");
    }
}
