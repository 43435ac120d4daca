package nl.ketenwijs.grievance.routing;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CopyKey;
import nl.ketenwijs.grievance.cases.CopyKeys;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The copies forwarded to companies. A company reads and answers its own in its tenant's transactions (row
 * security shows it no other); routing writes them, and reads the answers for handler and complainant, in a
 * complaint transaction. Every value the person or the company wrote is sealed under the copy's own key.
 */
@Component
public class ForwardedCopies {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final SecureRandom random = new SecureRandom();
    private static final String REFERENCE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final JdbcClient jdbc;
    private final CopyKeys keys;

    ForwardedCopies(JdbcClient jdbc, CopyKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** A new copy with its photos; the case must be linked to the company. */
    UUID create(
            UUID caseId,
            UUID organisationId,
            CaseFacts facts,
            CopyContent content,
            CopyIdentity identity,
            List<CleanPhoto> photos,
            UUID by,
            Instant at) {
        UUID id = UUID.randomUUID();
        CopyKey key = keys.create(id);
        jdbc.sql("""
                        INSERT INTO forwarded_complaint (id, organisation_id, case_id, reference, forwarded_at,
                               forwarded_by, country, themes, wrapped_key, content, identity)
                        VALUES (:id, :organisation, :case, :reference, :at, :by, :country, :themes, :key, :content,
                                :identity)
                        """)
                .param("id", id)
                .param("organisation", organisationId)
                .param("case", caseId)
                .param("reference", reference(at))
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("country", facts.country())
                .param("themes", facts.themes().toArray(String[]::new))
                .param("key", key.wrapped())
                .param("content", key.encrypt(json.writeValueAsBytes(content), contentPlace(id)))
                .param(
                        "identity",
                        identity == null ? null : key.encrypt(json.writeValueAsBytes(identity), identityPlace(id)))
                .update();
        for (int position = 0; position < photos.size(); position++) {
            UUID photoId = UUID.randomUUID();
            CleanPhoto photo = photos.get(position);
            jdbc.sql("""
                            INSERT INTO forwarded_complaint_photo (id, forwarded_id, organisation_id, position,
                                                                   content_type, body)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            photoId,
                            id,
                            organisationId,
                            position,
                            photo.contentType(),
                            key.encrypt(photo.bytes(), photoPlace(photoId)))
                    .update();
        }
        return id;
    }

    /** The copies the current tenant may see (its own), newest first. */
    public List<CopySummary> list(UUID organisationId) {
        return jdbc.sql("""
                        SELECT id, reference, forwarded_at, country, themes, answered_at FROM forwarded_complaint
                         WHERE organisation_id = ? ORDER BY forwarded_at DESC, id
                        """)
                .param(organisationId)
                .query((rs, n) -> new CopySummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getTimestamp("forwarded_at").toInstant(),
                        rs.getString("country"),
                        Arrays.asList((String[]) rs.getArray("themes").getArray()),
                        instant(rs.getTimestamp("answered_at"))))
                .list();
    }

    /** The company's copy, opened; empty for another company's or an unknown id. */
    public Optional<ForwardedCopy> open(UUID organisationId, UUID copyId) {
        return jdbc.sql("""
                        SELECT id, reference, forwarded_at, country, themes, wrapped_key, content, identity, answer,
                               answered_at
                          FROM forwarded_complaint WHERE id = ? AND organisation_id = ?
                        """)
                .params(copyId, organisationId)
                .query((rs, n) -> {
                    CopyKey key = keys.of(copyId, rs.getString("wrapped_key"));
                    byte[] identity = rs.getBytes("identity");
                    byte[] answer = rs.getBytes("answer");
                    return new ForwardedCopy(
                            copyId,
                            rs.getString("reference"),
                            rs.getTimestamp("forwarded_at").toInstant(),
                            rs.getString("country"),
                            Arrays.asList((String[]) rs.getArray("themes").getArray()),
                            json.readValue(
                                    key.decrypt(rs.getBytes("content"), contentPlace(copyId)), CopyContent.class),
                            identity == null
                                    ? null
                                    : json.readValue(key.decrypt(identity, identityPlace(copyId)), CopyIdentity.class),
                            photoIds(copyId),
                            answer == null
                                    ? null
                                    : json.readValue(key.decrypt(answer, answerPlace(copyId)), CompanyAnswer.class),
                            instant(rs.getTimestamp("answered_at")));
                })
                .optional();
    }

    /** The photo of the company's copy, opened; empty for another company's or an unknown id. */
    public Optional<CleanPhoto> photo(UUID organisationId, UUID copyId, UUID photoId) {
        return jdbc.sql("""
                        SELECT f.wrapped_key, p.content_type, p.body
                          FROM forwarded_complaint_photo p JOIN forwarded_complaint f ON f.id = p.forwarded_id
                         WHERE p.id = ? AND f.id = ? AND f.organisation_id = ? AND p.organisation_id = ?
                        """)
                .params(photoId, copyId, organisationId, organisationId)
                .query((rs, n) -> new CleanPhoto(
                        rs.getString("content_type"),
                        keys.of(copyId, rs.getString("wrapped_key")).decrypt(rs.getBytes("body"), photoPlace(photoId))))
                .optional();
    }

    /** The company answers (again: a later answer replaces the earlier one); false for another's copy. */
    public boolean answer(UUID organisationId, UUID copyId, CompanyAnswer answer, UUID by, Instant at) {
        Optional<String> wrapped = jdbc.sql(
                        "SELECT wrapped_key FROM forwarded_complaint WHERE id = ? AND organisation_id = ? FOR UPDATE")
                .params(copyId, organisationId)
                .query(String.class)
                .optional();
        if (wrapped.isEmpty()) {
            return false;
        }
        CopyKey key = keys.of(copyId, wrapped.get());
        return jdbc.sql("""
                                UPDATE forwarded_complaint SET answer = ?, answered_at = ?, answered_by = ?
                                 WHERE id = ? AND organisation_id = ?
                                """)
                        .params(
                                key.encrypt(json.writeValueAsBytes(answer), answerPlace(copyId)),
                                at.atOffset(ZoneOffset.UTC),
                                by,
                                copyId,
                                organisationId)
                        .update()
                > 0;
    }

    /** The answers companies gave on a case, in a complaint transaction, oldest first. */
    List<CompanyAnswer> answersOn(UUID caseId) {
        return jdbc.sql("""
                        SELECT id, wrapped_key, answer FROM forwarded_complaint
                         WHERE case_id = ? AND answer IS NOT NULL ORDER BY answered_at, id
                        """).param(caseId).query(this::answerRow).list();
    }

    /** The answer one company gave on a case, in a complaint transaction. */
    Optional<CompanyAnswer> answerOf(UUID caseId, UUID organisationId) {
        return jdbc.sql("""
                        SELECT id, wrapped_key, answer FROM forwarded_complaint
                         WHERE case_id = ? AND organisation_id = ? AND answer IS NOT NULL
                        """)
                .params(caseId, organisationId)
                .query(this::answerRow)
                .optional();
    }

    Optional<String> referenceOf(UUID caseId, UUID organisationId) {
        return jdbc.sql("SELECT reference FROM forwarded_complaint WHERE case_id = ? AND organisation_id = ?")
                .params(caseId, organisationId)
                .query(String.class)
                .optional();
    }

    /** Consent withdrawn: identity and contact leave every copy of the case at once. */
    int withdrawIdentity(UUID caseId) {
        return jdbc.sql("UPDATE forwarded_complaint SET identity = NULL WHERE case_id = ? AND identity IS NOT NULL")
                .param(caseId)
                .update();
    }

    private CompanyAnswer answerRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return json.readValue(
                keys.of(id, rs.getString("wrapped_key")).decrypt(rs.getBytes("answer"), answerPlace(id)),
                CompanyAnswer.class);
    }

    private List<UUID> photoIds(UUID copyId) {
        return jdbc.sql("SELECT id FROM forwarded_complaint_photo WHERE forwarded_id = ? ORDER BY position")
                .param(copyId)
                .query(UUID.class)
                .list();
    }

    /** Random, so that it says nothing of the receipt or of how many complaints came in. */
    private static String reference(Instant at) {
        StringBuilder reference = new StringBuilder("KW-")
                .append(at.atZone(ZoneId.of("Europe/Amsterdam")).getYear())
                .append('-');
        for (int i = 0; i < 6; i++) {
            reference.append(REFERENCE_CHARACTERS.charAt(random.nextInt(REFERENCE_CHARACTERS.length())));
        }
        return reference.toString();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String contentPlace(UUID copyId) {
        return "forwarded_complaint.content:" + copyId;
    }

    private static String identityPlace(UUID copyId) {
        return "forwarded_complaint.identity:" + copyId;
    }

    private static String answerPlace(UUID copyId) {
        return "forwarded_complaint.answer:" + copyId;
    }

    private static String photoPlace(UUID photoId) {
        return "forwarded_complaint_photo.body:" + photoId;
    }
}
