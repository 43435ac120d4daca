package nl.ketenwijs.organisation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One row of the audit log; its hash covers every field and the hash of the row before it. */
record AuditEntry(
        long seq,
        Instant occurredAt,
        UUID actor,
        UUID organisation,
        String action,
        String objectId,
        String previousHash,
        String hash) {

    String computeHash() {
        String canonical = String.join(
                "\u001f",
                Long.toString(seq),
                occurredAt.toString(),
                Objects.toString(actor, ""),
                Objects.toString(organisation, ""),
                action,
                Objects.toString(objectId, ""),
                previousHash);
        return Sha256.hex(canonical);
    }
}
