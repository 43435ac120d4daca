package nl.ketenwijs.grievance.routing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.supplychain.ChainLookup.CompanyMatch;

/** Everything the handler's routing page shows of one case. */
record RoutingPage(
        CaseFacts facts,
        RoutingCriteria criteria,
        List<CompanyMatch> proposals,
        List<LinkedCompany> linked,
        Consent consent,
        Map<UUID, CompanyAnswer> answers) {}
