package nl.ketenwijs.grievance.routing;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import org.springframework.stereotype.Service;

/**
 * What the complainant sees of routing on their follow-up page and decides there: the companies' answers
 * (without the companies' names) and their consent to release their identity and contact.
 */
@Service
public class ComplainantRouting {

    private final ComplaintsScope scope;
    private final Routings routings;
    private final ForwardedCopies copies;
    private final Clock clock;

    ComplainantRouting(ComplaintsScope scope, Routings routings, ForwardedCopies copies, Clock clock) {
        this.scope = scope;
        this.routings = routings;
        this.copies = copies;
        this.clock = clock;
    }

    /**
     * The answers of the companies the case was forwarded to. Which company answered is left out: the name
     * says which Dutch buyer sources from the person's workplace (a company's trade secret), and whoever
     * holds the receipt (a supervisor who took the phone) would learn which buyer was told.
     */
    public List<CompanyAnswer> answers(UUID caseId) {
        return scope.read(() -> copies.answersOn(caseId));
    }

    /** Only a person who left a contact has a name and contact to release. */
    public boolean asksConsent(UUID caseId) {
        return scope.read(() -> routings.reachable(caseId));
    }

    public boolean consentGiven(UUID caseId) {
        return scope.read(() -> routings.consent(caseId).given());
    }

    /** Withdrawing also takes identity and contact off every copy already forwarded. */
    public void decide(UUID caseId, boolean given) {
        scope.write(() -> {
            routings.recordConsent(caseId, given, null, null, clock.instant());
            if (!given) {
                copies.withdrawIdentity(caseId);
            }
            return null;
        });
    }
}
