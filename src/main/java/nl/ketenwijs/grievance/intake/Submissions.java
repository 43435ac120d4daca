package nl.ketenwijs.grievance.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.Attachments;
import nl.ketenwijs.grievance.cases.Cases;
import nl.ketenwijs.grievance.cases.Complaint;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.files.CleanFile;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.grievance.receipt.Receipt;
import nl.ketenwijs.grievance.receipt.ReceiptHashes;
import nl.ketenwijs.shared.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Files complaints, once per form. The form carries a random key; its row in grievance_submission (primary
 * key) makes a double tap, a reload or a retry after a dropped connection one case.
 *
 * <p>A retry must show the same receipt, yet the receipt is a credential that must not lie readable in the
 * database. So the receipt is kept sealed by the secret box (under the master key, bound to its submission
 * row) for {@link #RETRY_WINDOW} only: long enough for a phone on a bad network to try again, and erased
 * sooner at the first follow-up login, which shows the person has it. A key derived from the form's key
 * would need no storage, but would turn the form key, kept in the database for as long as the case, into
 * a second receipt for good. After the window a retry learns only that the complaint was received.
 */
@Service
public class Submissions {

    static final Duration RETRY_WINDOW = Duration.ofHours(1);

    private final ComplaintsScope scope;
    private final Cases cases;
    private final Attachments attachments;
    private final ReceiptHashes hashes;
    private final SecretBox box;
    private final JdbcClient jdbc;
    private final Clock clock;

    Submissions(
            ComplaintsScope scope,
            Cases cases,
            Attachments attachments,
            ReceiptHashes hashes,
            SecretBox box,
            JdbcClient jdbc,
            Clock clock) {
        this.scope = scope;
        this.cases = cases;
        this.attachments = attachments;
        this.hashes = hashes;
        this.box = box;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The case for this form, opened now or by an earlier post of it. Returns after the commit: a receipt is
     * never shown for a case that might not be there.
     */
    public Submitted submit(UUID formKey, Complaint complaint, List<CleanPhoto> photos) {
        return submit(
                formKey,
                complaint,
                new Enclosed(
                        photos.stream().map(photo -> new Sent<>(photo, null)).toList(), List.of()),
                null);
    }

    /** What came with a complaint: photos, documents and voice notes, each cleaned and as it came. */
    public record Enclosed(List<Sent<CleanPhoto>> photos, List<Sent<CleanFile>> files) {

        public static final Enclosed NOTHING = new Enclosed(List.of(), List.of());
    }

    /**
     * As {@link #submit(UUID, Complaint, List)}, with documents and voice notes, and the partner organisation
     * that filed it on the person's behalf (null when the person filed it).
     */
    public Submitted submit(UUID formKey, Complaint complaint, Enclosed enclosed, UUID assistedBy) {
        // The slow hash before the transaction, so that concurrent posts of one form wait only briefly. It
        // covers the secret alone, so a locator found taken is replaced without hashing again. A repeated post
        // of a form is rare and costs this one hash; it finds its earlier case in the transaction, so a new
        // post, the common case, takes one transaction and not a read first.
        Receipt drawn = Receipt.withNewSecret(Receipt.newLocator());
        String secretHash = hashes.hash(drawn);
        return scope.write(() -> {
            Instant now = clock.instant();
            UUID caseId = UUID.randomUUID();
            // A concurrent post of the same form waits here for the first one's commit, then inserts nothing.
            int claimed = jdbc.sql("""
                            INSERT INTO grievance_submission (idempotency_key, case_id, submitted_at)
                            VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING
                            """)
                    .params(formKey, caseId, now.atOffset(ZoneOffset.UTC))
                    .update();
            if (claimed == 0) {
                return earlier(formKey).orElseThrow();
            }
            Receipt receipt = drawn;
            while (!cases.open(caseId, receipt.locator(), secretHash, complaint, now)) {
                receipt = receipt.atLocator(Receipt.newLocator());
            }
            if (assistedBy != null) {
                cases.markAssisted(caseId, assistedBy);
            }
            List<Sent<CleanPhoto>> photos = enclosed.photos();
            for (int position = 0; position < photos.size(); position++) {
                cases.attach(
                        caseId,
                        position,
                        photos.get(position).cleaned(),
                        photos.get(position).original());
            }
            for (Sent<CleanFile> file : enclosed.files()) {
                attachments.attach(caseId, file.cleaned(), file.original(), now);
            }
            jdbc.sql("UPDATE grievance_submission SET sealed_receipt = ? WHERE idempotency_key = ?")
                    .params(box.seal(receipt.digits(), place(formKey)), formKey)
                    .update();
            return new Submitted.Received(receipt);
        });
    }

    private Optional<Submitted> earlier(UUID formKey) {
        return jdbc.sql("SELECT sealed_receipt, submitted_at FROM grievance_submission WHERE idempotency_key = ?")
                .param(formKey)
                .query((rs, n) -> {
                    String sealed = rs.getString("sealed_receipt");
                    Instant submitted = rs.getTimestamp("submitted_at").toInstant();
                    if (sealed == null || submitted.plus(RETRY_WINDOW).isBefore(clock.instant())) {
                        return (Submitted) new Submitted.ReceivedEarlier();
                    }
                    return new Submitted.Received(
                            Receipt.parse(box.open(sealed, place(formKey))).orElseThrow());
                })
                .optional();
    }

    /** The person has their receipt: a retry of their form no longer needs it. */
    public void forgetReceiptOf(UUID caseId) {
        jdbc.sql(
                        "UPDATE grievance_submission SET sealed_receipt = NULL WHERE case_id = ? AND sealed_receipt IS NOT NULL")
                .param(caseId)
                .update();
    }

    /** Sealed receipts older than the retry window are erased; every instance may run this, it is idempotent. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    public void eraseExpiredReceipts() {
        scope.write(() -> jdbc.sql("""
                        UPDATE grievance_submission SET sealed_receipt = NULL
                         WHERE sealed_receipt IS NOT NULL AND submitted_at < ?
                        """)
                .param(clock.instant().minus(RETRY_WINDOW).atOffset(ZoneOffset.UTC))
                .update());
    }

    private static String place(UUID formKey) {
        return "grievance_submission.sealed_receipt:" + formKey;
    }
}
