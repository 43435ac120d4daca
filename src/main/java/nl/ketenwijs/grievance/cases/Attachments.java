package nl.ketenwijs.grievance.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.files.CleanFile;
import nl.ketenwijs.grievance.files.FileKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The documents and voice notes of a case, in a transaction of {@link ComplaintsScope}: stored encrypted
 * under the case key, cleaned for whoever downloads them; the original only when originals are kept, and
 * then for handlers only.
 */
@Component
public class Attachments {

    private final JdbcClient jdbc;
    private final CaseKeys keys;
    private final KeptOriginals originals;

    Attachments(JdbcClient jdbc, CaseKeys keys, KeptOriginals originals) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.originals = originals;
    }

    /** What a case's file is, without its content. */
    public record Listed(UUID id, FileKind kind, String contentType, Instant addedAt, boolean originalKept) {}

    public UUID attach(UUID caseId, CleanFile file, byte[] original, Instant addedAt) {
        DataKey key = keys.of(caseId);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO grievance_attachment (id, case_id, kind, content_type, added_at, body, original)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        caseId,
                        file.kind().name(),
                        file.contentType(),
                        addedAt.atOffset(ZoneOffset.UTC),
                        key.encrypt(file.bytes(), bodyPlace(id)),
                        originals.sealed(original, key, originalPlace(id)))
                .update();
        return id;
    }

    public List<Listed> of(UUID caseId) {
        return jdbc.sql("""
                        SELECT id, kind, content_type, added_at, original IS NOT NULL AS kept
                          FROM grievance_attachment WHERE case_id = ? ORDER BY added_at, id
                        """)
                .param(caseId)
                .query((rs, n) -> new Listed(
                        rs.getObject("id", UUID.class),
                        FileKind.valueOf(rs.getString("kind")),
                        rs.getString("content_type"),
                        rs.getTimestamp("added_at").toInstant(),
                        rs.getBoolean("kept")))
                .list();
    }

    /** The cleaned copy, the one handlers and companies download. */
    public Optional<CleanFile> cleaned(UUID caseId, UUID attachmentId) {
        return jdbc.sql("SELECT kind, content_type, body FROM grievance_attachment WHERE id = ? AND case_id = ?")
                .params(attachmentId, caseId)
                .query((rs, n) -> new CleanFile(
                        FileKind.valueOf(rs.getString("kind")),
                        rs.getString("content_type"),
                        keys.of(caseId).decrypt(rs.getBytes("body"), bodyPlace(attachmentId))))
                .optional();
    }

    /** The file as it came, for a complaint handler only, when originals were kept at the time. */
    public Optional<byte[]> originalForHandler(UUID caseId, UUID attachmentId) {
        return jdbc.sql(
                        "SELECT original FROM grievance_attachment WHERE id = ? AND case_id = ? AND original IS NOT NULL")
                .params(attachmentId, caseId)
                .query((rs, n) -> keys.of(caseId).decrypt(rs.getBytes("original"), originalPlace(attachmentId)))
                .optional();
    }

    private static String bodyPlace(UUID id) {
        return "grievance_attachment.body:" + id;
    }

    private static String originalPlace(UUID id) {
        return "grievance_attachment.original:" + id;
    }
}
