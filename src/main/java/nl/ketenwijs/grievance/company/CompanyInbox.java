package nl.ketenwijs.grievance.company;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.grievance.routing.CompanyAnswer;
import nl.ketenwijs.grievance.routing.CopySummary;
import nl.ketenwijs.grievance.routing.ForwardedCopies;
import nl.ketenwijs.grievance.routing.ForwardedCopy;
import nl.ketenwijs.organisation.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's complaints forwarded to it, in its own tenant's transactions: the complaint wall stays shut,
 * and row security shows no other company's copy. Every opening of a copy is audited.
 */
@Service
class CompanyInbox {

    private final ForwardedCopies copies;
    private final AuditLog audit;
    private final Clock clock;

    CompanyInbox(ForwardedCopies copies, AuditLog audit, Clock clock) {
        this.copies = copies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CopySummary> list(UUID organisationId) {
        return copies.list(organisationId);
    }

    @Transactional
    Optional<ForwardedCopy> open(UUID organisationId, UUID userId, UUID copyId) {
        Optional<ForwardedCopy> copy = copies.open(organisationId, copyId);
        copy.ifPresent(c -> audit.record(userId, organisationId, "forwarded-complaint.viewed", copyId.toString()));
        return copy;
    }

    @Transactional(readOnly = true)
    Optional<CleanPhoto> photo(UUID organisationId, UUID copyId, UUID photoId) {
        return copies.photo(organisationId, copyId, photoId);
    }

    @Transactional
    boolean answer(UUID organisationId, UUID userId, UUID copyId, CompanyAnswer answer) {
        boolean answered = copies.answer(organisationId, copyId, answer, userId, clock.instant());
        if (answered) {
            audit.record(userId, organisationId, "forwarded-complaint.answered", copyId.toString());
        }
        return answered;
    }
}
