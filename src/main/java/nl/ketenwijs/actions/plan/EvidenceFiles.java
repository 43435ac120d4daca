package nl.ketenwijs.actions.plan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a company's measures. Files are stored in the database in the transaction that records them,
 * up to {@value #MAX_BYTES} bytes, and only of the kinds {@link EvidenceType} recognises by content.
 */
@Service
public class EvidenceFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A stored file, for download. */
    public record StoredFile(String fileName, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final Measures measures;

    EvidenceFiles(JdbcClient jdbc, Measures measures) {
        this.jdbc = jdbc;
        this.measures = measures;
    }

    /**
     * A file as it came in. {@code content} is read only when the size is within the limit, so an oversized
     * file is refused without being held in memory.
     *
     * @param fileName as the browser sent it; only its last part is kept, without control or direction characters
     */
    public record Upload(String fileName, long size, byte[] content) {

        public boolean isTooLarge() {
            return size > MAX_BYTES;
        }
    }

    /** @param file null when only a note is added */
    @Transactional
    public UUID add(UUID organisation, UUID measure, String date, String note, Upload file, String addedBy) {
        measures.measure(organisation, measure);
        FieldProblems problems = new FieldProblems();
        LocalDate day = InputText.date(date, true, "evidenceDate", problems);
        String text = InputText.optional(note, 4000, "evidenceNote", problems);
        boolean hasFile = file != null && file.size() > 0;
        EvidenceType type = hasFile ? type(file, "evidenceFile", problems) : null;
        if (!hasFile && text == null) {
            problems.add("evidenceNote", "plans.field.required.evidenceNote");
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO measure_evidence (id, organisation_id, measure_id, evidence_date, note, file_name,
                                                      content_type, content, added_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        organisation,
                        measure,
                        day,
                        text,
                        hasFile ? safeName(file.fileName(), type) : null,
                        hasFile ? type.contentType() : null,
                        hasFile ? file.content() : null,
                        addedBy)
                .update();
        return id;
    }

    /**
     * The kind of a sent file, recognised by its content, or null with a problem on the field: too large (it
     * was not read), or of a kind that is not accepted.
     */
    public static EvidenceType type(Upload file, String field, FieldProblems problems) {
        if (file.isTooLarge()) {
            problems.add(field, "plans.field.tooLarge.evidenceFile", MAX_BYTES / (1024 * 1024));
            return null;
        }
        EvidenceType type = EvidenceType.of(file.content()).orElse(null);
        if (type == null) {
            problems.add(field, "plans.field.invalid.evidenceFile");
        }
        return type;
    }

    @Transactional(readOnly = true)
    public List<Evidence> of(UUID organisation, UUID measure) {
        return jdbc.sql("""
                        SELECT id, evidence_date, note, file_name, content_type, octet_length(content) AS size,
                               added_by
                          FROM measure_evidence WHERE organisation_id = ? AND measure_id = ?
                         ORDER BY evidence_date DESC, created_at DESC
                        """)
                .params(organisation, measure)
                .query((rs, n) -> new Evidence(
                        rs.getObject("id", UUID.class),
                        rs.getObject("evidence_date", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        (Integer) rs.getObject("size"),
                        rs.getString("added_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public StoredFile file(UUID organisation, UUID id) {
        return jdbc.sql("""
                        SELECT file_name, content_type, content FROM measure_evidence
                         WHERE organisation_id = ? AND id = ? AND content IS NOT NULL
                        """)
                .params(organisation, id)
                .query((rs, n) ->
                        new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(PlanItemNotFound::new);
    }

    /**
     * The name without a path, without control, format (such as a right-to-left override) or reserved
     * characters; a name with nothing left is named after its kind.
     */
    public static String safeName(String fileName, EvidenceType type) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .filter(c -> "<>:\"|?*".indexOf(c) < 0)
                .forEach(kept::appendCodePoint);
        String clean = kept.toString().strip().replaceAll("^\\.+", "");
        if (clean.isEmpty()) {
            clean = "evidence." + (type == null ? "bin" : type.name().toLowerCase(java.util.Locale.ROOT));
        }
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }
}
