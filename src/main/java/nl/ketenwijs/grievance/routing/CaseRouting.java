package nl.ketenwijs.grievance.routing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.CaseSubstantiated;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.organisation.AuditLog;
import nl.ketenwijs.supplychain.ChainLookup;
import nl.ketenwijs.supplychain.ChainLookup.CompanyMatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A handler routes a case: notes what it is about, is proposed the member companies whose chains match (ids
 * and names only, through {@link ChainLookup}), links and unlinks companies, records consent given by other
 * means, and finds the complaint against a company substantiated. Every look at a case is audited.
 */
@Service
class CaseRouting {

    private final ComplaintsScope scope;
    private final Routings routings;
    private final ForwardedCopies copies;
    private final ChainLookup chains;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseRouting(
            ComplaintsScope scope,
            Routings routings,
            ForwardedCopies copies,
            ChainLookup chains,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.scope = scope;
        this.routings = routings;
        this.copies = copies;
        this.chains = chains;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The page of a case; empty for an unknown case. */
    Optional<RoutingPage> page(UUID caseId, Handler handler) {
        Optional<RoutingPage> withoutProposals =
                scope.write(() -> routings.facts(caseId).map(facts -> {
                    audit.record(
                            handler.userId(), handler.organisationId(), "complaint.routing.viewed", caseId.toString());
                    List<LinkedCompany> linked = routings.linked(caseId);
                    Map<UUID, CompanyAnswer> answers = new HashMap<>();
                    for (LinkedCompany company : linked) {
                        copies.answerOf(caseId, company.organisationId())
                                .ifPresent(answer -> answers.put(company.organisationId(), answer));
                    }
                    return new RoutingPage(
                            facts, routings.criteria(caseId), List.of(), linked, routings.consent(caseId), answers);
                }));
        return withoutProposals.map(page -> new RoutingPage(
                page.facts(),
                page.criteria(),
                proposals(page.criteria()),
                page.linked(),
                page.consent(),
                page.answers()));
    }

    /** Both criteria's matches, each company once (a chain match first, it says more). */
    private List<CompanyMatch> proposals(RoutingCriteria criteria) {
        Map<UUID, CompanyMatch> byCompany = new LinkedHashMap<>();
        chains.companiesWith(criteria.commodityCode(), criteria.countryIso3())
                .forEach(match -> byCompany.putIfAbsent(match.organisationId(), match));
        chains.companiesNamingSupplier(criteria.supplierName(), criteria.countryIso3())
                .forEach(match -> byCompany.putIfAbsent(match.organisationId(), match));
        return new ArrayList<>(byCompany.values());
    }

    boolean saveCriteria(UUID caseId, RoutingCriteria criteria, Handler handler) {
        return scope.write(() -> {
            if (routings.facts(caseId).isEmpty()) {
                return false;
            }
            routings.saveCriteria(caseId, criteria, handler.userId(), clock.instant());
            audit.record(handler.userId(), handler.organisationId(), "complaint.routing.criteria", caseId.toString());
            return true;
        });
    }

    boolean link(UUID caseId, UUID organisationId, Handler handler) {
        return scope.write(() -> {
            if (routings.facts(caseId).isEmpty()
                    || !routings.link(caseId, organisationId, handler.userId(), clock.instant())) {
                return false;
            }
            audit.record(
                    handler.userId(),
                    handler.organisationId(),
                    "complaint.company.linked",
                    caseId + "/" + organisationId);
            return true;
        });
    }

    boolean unlink(UUID caseId, UUID organisationId, Handler handler) {
        return scope.write(() -> {
            if (!routings.unlink(caseId, organisationId)) {
                return false;
            }
            audit.record(
                    handler.userId(),
                    handler.organisationId(),
                    "complaint.company.unlinked",
                    caseId + "/" + organisationId);
            return true;
        });
    }

    boolean recordConsent(UUID caseId, boolean given, String note, Handler handler) {
        return scope.write(() -> {
            if (routings.facts(caseId).isEmpty()) {
                return false;
            }
            routings.recordConsent(caseId, given, handler.userId(), note, clock.instant());
            if (!given) {
                copies.withdrawIdentity(caseId);
            }
            audit.record(handler.userId(), handler.organisationId(), "complaint.consent.recorded", caseId.toString());
            return true;
        });
    }

    /**
     * Only for a company that received a copy: a measure about a complaint the company never saw would name
     * a reference it cannot find. Publishes {@link CaseSubstantiated} once per case and company.
     */
    boolean markSubstantiated(UUID caseId, UUID organisationId, Handler handler) {
        return scope.write(() -> {
            Optional<CaseFacts> facts = routings.facts(caseId);
            Optional<String> reference = copies.referenceOf(caseId, organisationId);
            if (facts.isEmpty() || reference.isEmpty()) {
                return false;
            }
            if (routings.markSubstantiated(caseId, organisationId, handler.userId(), clock.instant())) {
                RoutingCriteria criteria = routings.criteria(caseId);
                String country = criteria.countryIso3() != null
                        ? criteria.countryIso3()
                        : chains.iso3(facts.get().country()).orElse(null);
                events.publishEvent(new CaseSubstantiated(
                        organisationId, reference.get(), facts.get().themes(), country, criteria.commodityCode()));
                audit.record(
                        handler.userId(),
                        handler.organisationId(),
                        "complaint.substantiated",
                        caseId + "/" + organisationId);
            }
            return true;
        });
    }
}
