package nl.ketenwijs.grievance.routing;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseFile;
import nl.ketenwijs.grievance.cases.Cases;
import nl.ketenwijs.grievance.cases.ComplaintContent;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.grievance.photos.PhotoCleaning;
import nl.ketenwijs.organisation.AuditLog;
import nl.ketenwijs.organisation.BranchMembers;
import nl.ketenwijs.organisation.NoticeMail;
import nl.ketenwijs.organisation.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Forwarding a case to a linked company: a copy made only from the allow-listed fields as the handler
 * reviewed them, photos encoded once more without metadata, identity and contact only with the person's
 * recorded consent. The company's administrators get a mail that says a complaint arrived, and nothing of it.
 */
@Service
class Forwarding {

    /** A draft to review: the allow-listed fields as the person wrote them, and how many photos there are. */
    record Prepared(CaseFacts facts, String companyName, ForwardDraft draft, int photos, Consent consent) {}

    private final ComplaintsScope scope;
    private final Cases cases;
    private final Routings routings;
    private final ForwardedCopies copies;
    private final PhotoCleaning photoCleaning;
    private final AuditLog audit;
    private final BranchMembers people;
    private final OutgoingMail mail;
    private final MessageSource messages;
    private final String publicUrl;
    private final Clock clock;

    Forwarding(
            ComplaintsScope scope,
            Cases cases,
            Routings routings,
            ForwardedCopies copies,
            PhotoCleaning photoCleaning,
            AuditLog audit,
            BranchMembers people,
            OutgoingMail mail,
            MessageSource messages,
            @Value("${ketenwijs.public-url:http://localhost:8080}") String publicUrl,
            Clock clock) {
        this.scope = scope;
        this.cases = cases;
        this.routings = routings;
        this.copies = copies;
        this.photoCleaning = photoCleaning;
        this.audit = audit;
        this.people = people;
        this.mail = mail;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /** Empty when the case is unknown, the company not linked, or the copy already sent. */
    Optional<Prepared> prepare(UUID caseId, UUID organisationId, Handler handler) {
        return scope.write(() -> {
            Optional<LinkedCompany> company = unsent(caseId, organisationId);
            if (company.isEmpty()) {
                return Optional.empty();
            }
            CaseFile file = cases.file(caseId);
            audit.record(
                    handler.userId(),
                    handler.organisationId(),
                    "complaint.forward.prepared",
                    caseId + "/" + organisationId);
            ComplaintContent content = file.content();
            Consent consent = routings.consent(caseId);
            return Optional.of(new Prepared(
                    routings.facts(caseId).orElseThrow(),
                    company.get().name(),
                    new ForwardDraft(
                            content.region(),
                            content.since(),
                            content.whatHappened(),
                            content.wish(),
                            consent.given(),
                            List.of()),
                    cases.photos(caseId).size(),
                    consent));
        });
    }

    /** False when the case is unknown, the company not linked, or the copy already sent. */
    boolean forward(UUID caseId, UUID organisationId, ForwardDraft draft, Handler handler) {
        return scope.write(() -> {
            Optional<LinkedCompany> company = unsent(caseId, organisationId);
            if (company.isEmpty()) {
                return false;
            }
            CaseFacts facts = routings.facts(caseId).orElseThrow();
            CopyIdentity identity =
                    draft.withIdentity() && routings.consent(caseId).given()
                            ? cases.contact(caseId)
                                    .map(contact -> new CopyIdentity(contact.name(), contact.phone(), contact.email()))
                                    .orElse(null)
                            : null;
            List<CleanPhoto> all = cases.photos(caseId);
            List<CleanPhoto> ticked = draft.photos().stream()
                    .distinct()
                    .filter(position -> position >= 0 && position < all.size())
                    .sorted()
                    .map(position -> photoCleaning.clean(all.get(position).bytes()))
                    .toList();
            copies.create(
                    caseId,
                    organisationId,
                    facts,
                    draft.content(),
                    identity,
                    ticked,
                    handler.userId(),
                    clock.instant());
            audit.record(
                    handler.userId(), handler.organisationId(), "complaint.forwarded", caseId + "/" + organisationId);
            for (BranchMembers.Contact admin : people.administratorsOf(List.of(organisationId))) {
                mail.queue(notice(admin));
            }
            return true;
        });
    }

    private Optional<LinkedCompany> unsent(UUID caseId, UUID organisationId) {
        return routings.linked(caseId).stream()
                .filter(linked -> linked.organisationId().equals(organisationId) && !linked.forwarded())
                .findFirst();
    }

    /** No content, no reference, no receipt: only that there is something to read behind the login. */
    private NoticeMail notice(BranchMembers.Contact admin) {
        Locale language = admin.language();
        Object[] arguments = {admin.displayName(), publicUrl + "/forwarded-complaints"};
        return new NoticeMail(
                admin.address(),
                language.getLanguage(),
                messages.getMessage("forwarded.mail.subject", arguments, language),
                messages.getMessage("forwarded.mail.body", arguments, language));
    }
}
