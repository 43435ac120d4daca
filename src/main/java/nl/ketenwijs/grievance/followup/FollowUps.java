package nl.ketenwijs.grievance.followup;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.Attachments;
import nl.ketenwijs.grievance.cases.Author;
import nl.ketenwijs.grievance.cases.CaseFile;
import nl.ketenwijs.grievance.cases.Cases;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.cases.MessageKind;
import nl.ketenwijs.grievance.files.CleanFile;
import nl.ketenwijs.grievance.intake.Sent;
import nl.ketenwijs.grievance.intake.Submissions;
import nl.ketenwijs.grievance.receipt.Receipt;
import nl.ketenwijs.grievance.receipt.ReceiptGuessing;
import nl.ketenwijs.grievance.receipt.ReceiptHashes;
import org.springframework.stereotype.Service;

/** A complainant follows their case with the receipt: where it stands, the messages, and their own additions. */
@Service
public class FollowUps {

    private final ComplaintsScope scope;
    private final Cases cases;
    private final ReceiptHashes hashes;
    private final ReceiptGuessing guessing;
    private final Submissions submissions;
    private final Attachments attachments;
    private final Clock clock;

    FollowUps(
            ComplaintsScope scope,
            Cases cases,
            Attachments attachments,
            ReceiptHashes hashes,
            ReceiptGuessing guessing,
            Submissions submissions,
            Clock clock) {
        this.scope = scope;
        this.cases = cases;
        this.attachments = attachments;
        this.hashes = hashes;
        this.guessing = guessing;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * The case of a typed receipt. The source address is only handed to the guessing throttle, which keeps a
     * keyed hash of it in memory. Every receipt that opens nothing costs one Argon2 check, found case or not.
     */
    public ReceiptLogin login(String typed, String sourceAddress) {
        Optional<Receipt> receipt = Receipt.parse(typed);
        String locator = receipt.map(Receipt::locator).orElse(null);
        var wait = guessing.waitBefore(sourceAddress, locator);
        if (wait.isPresent()) {
            return new ReceiptLogin.Slowed(wait.get());
        }
        Optional<Cases.Login> found = receipt.flatMap(r -> scope.read(() -> cases.login(r.locator())));
        if (found.isEmpty()) {
            hashes.spendAsLongAsACheck();
        } else if (hashes.matches(receipt.orElseThrow(), found.get().secretHash())) {
            UUID caseId = found.get().caseId();
            // The person has their receipt: the sealed copy kept for a retry of the form is no longer needed.
            scope.write(() -> {
                submissions.forgetReceiptOf(caseId);
                return null;
            });
            return new ReceiptLogin.Opened(caseId);
        }
        guessing.failed(sourceAddress, locator);
        return new ReceiptLogin.NotRecognised();
    }

    /** @throws nl.ketenwijs.grievance.cases.CaseUnreadable when the case was erased */
    public CaseFile file(UUID caseId) {
        return scope.read(() -> cases.file(caseId));
    }

    public void add(UUID caseId, MessageKind kind, String text) {
        scope.write(() -> {
            cases.addMessage(caseId, Author.COMPLAINANT, kind, text, clock.instant());
            return null;
        });
    }

    /** Documents and voice notes the person adds later, all in one transaction. */
    public void addFiles(UUID caseId, List<Sent<CleanFile>> files) {
        scope.write(() -> {
            files.forEach(file -> attachments.attach(caseId, file.cleaned(), file.original(), clock.instant()));
            return null;
        });
    }

    public List<Attachments.Listed> files(UUID caseId) {
        return scope.read(() -> attachments.of(caseId));
    }
}
