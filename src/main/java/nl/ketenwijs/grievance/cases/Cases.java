package nl.ketenwijs.grievance.cases;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaint tables, in a transaction of {@link ComplaintsScope}. What the person wrote goes in and comes
 * out through the case's {@link DataKey}; the database only ever holds it encrypted.
 */
@Component
public class Cases {

    /** EU directive 2019/1937 art. 9: acknowledge within 7 days, feedback within 3 months. */
    static final Period TO_ACKNOWLEDGE = Period.ofDays(7);

    static final Period TO_FEEDBACK = Period.ofMonths(3);

    private static final JsonMapper json = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CaseKeys keys;
    private final Transitions transitions;
    private final KeptOriginals originals;

    Cases(JdbcClient jdbc, CaseKeys keys, Transitions transitions, KeptOriginals originals) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.transitions = transitions;
        this.originals = originals;
    }

    /** The case's receipt login: its id and the Argon2id hash of the receipt's secret part. */
    public record Login(UUID caseId, String secretHash) {}

    /** A new case with its own data key; false when the locator is taken, and nothing was stored. */
    public boolean open(UUID caseId, String locator, String secretHash, Complaint complaint, Instant receivedAt) {
        Integer taken = jdbc.sql("SELECT count(*) FROM grievance_case WHERE locator = ?")
                .param(locator)
                .query(Integer.class)
                .single();
        if (taken > 0) {
            return false;
        }
        DataKey key = keys.create(caseId);
        var received = receivedAt.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO grievance_case (id, locator, secret_hash, status, received_at, acknowledge_by,
                               feedback_by, language, country, themes, gender, children_involved, contact_channel,
                               content, contact)
                        VALUES (:id, :locator, :hash, 'RECEIVED', :received, :acknowledgeBy, :feedbackBy, :language,
                               :country, :themes, :gender, :children, :channel, :content, :contact)
                        """)
                .param("id", caseId)
                .param("locator", locator)
                .param("hash", secretHash)
                .param("received", received)
                .param("acknowledgeBy", received.plus(TO_ACKNOWLEDGE))
                .param("feedbackBy", received.plus(TO_FEEDBACK))
                .param("language", complaint.language())
                .param("country", complaint.country())
                .param(
                        "themes",
                        complaint.themes().stream()
                                .sorted(Comparator.naturalOrder())
                                .map(Enum::name)
                                .toArray(String[]::new))
                .param("gender", nameOf(complaint.gender()))
                .param("children", nameOf(complaint.children()))
                .param("channel", complaint.channel().name())
                .param("content", key.encrypt(json.writeValueAsBytes(complaint.content()), contentPlace(caseId)))
                .param(
                        "contact",
                        complaint.contact() == null
                                ? null
                                : key.encrypt(json.writeValueAsBytes(complaint.contact()), contactPlace(caseId)))
                .update();
        transitions.recordArrival(caseId, receivedAt);
        return true;
    }

    public Optional<Login> login(String locator) {
        return jdbc.sql("SELECT id, secret_hash FROM grievance_case WHERE locator = ?")
                .param(locator)
                .query((rs, n) -> new Login(rs.getObject("id", UUID.class), rs.getString("secret_hash")))
                .optional();
    }

    /**
     * The case with its content and messages opened.
     *
     * @throws CaseUnreadable when its key is gone
     */
    public CaseFile file(UUID caseId) {
        DataKey key = keys.of(caseId);
        CaseFile withoutMessages = jdbc.sql("""
                        SELECT locator, status, received_at, acknowledge_by, feedback_by, content
                          FROM grievance_case WHERE id = ?
                        """)
                .param(caseId)
                .query((rs, n) -> new CaseFile(
                        caseId,
                        rs.getString("locator"),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("acknowledge_by").toInstant(),
                        rs.getTimestamp("feedback_by").toInstant(),
                        json.readValue(
                                key.decrypt(rs.getBytes("content"), contentPlace(caseId)), ComplaintContent.class),
                        List.of()))
                .single();
        List<CaseFile.Message> messages = jdbc.sql(
                        "SELECT id, sent_at, author, kind, body FROM grievance_message WHERE case_id = ? ORDER BY sent_at, id")
                .param(caseId)
                .query((rs, n) -> new CaseFile.Message(
                        rs.getTimestamp("sent_at").toInstant(),
                        Author.valueOf(rs.getString("author")),
                        MessageKind.valueOf(rs.getString("kind")),
                        new String(
                                key.decrypt(rs.getBytes("body"), messagePlace(rs.getObject("id", UUID.class))),
                                java.nio.charset.StandardCharsets.UTF_8)))
                .list();
        return new CaseFile(
                caseId,
                withoutMessages.locator(),
                withoutMessages.status(),
                withoutMessages.receivedAt(),
                withoutMessages.acknowledgeBy(),
                withoutMessages.feedbackBy(),
                withoutMessages.content(),
                messages);
    }

    /** The contact details, for whoever may reach the person. */
    public Optional<Contact> contact(UUID caseId) {
        DataKey key = keys.of(caseId);
        return jdbc.sql("SELECT contact FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query((rs, n) -> Optional.ofNullable(rs.getBytes("contact"))
                        .map(encrypted -> json.readValue(key.decrypt(encrypted, contactPlace(caseId)), Contact.class)))
                .single();
    }

    public void addMessage(UUID caseId, Author author, MessageKind kind, String body, Instant sentAt) {
        DataKey key = keys.of(caseId);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO grievance_message (id, case_id, sent_at, author, kind, body) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        caseId,
                        sentAt.atOffset(ZoneOffset.UTC),
                        author.name(),
                        kind.name(),
                        key.encrypt(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), messagePlace(id)))
                .update();
    }

    /** A photo of the case, already stripped of its metadata, stored encrypted under the case key. */
    public void attach(UUID caseId, int position, CleanPhoto photo) {
        attach(caseId, position, photo, null);
    }

    /** As {@link #attach(UUID, int, CleanPhoto)}, with the file as it came when originals are kept at all. */
    public void attach(UUID caseId, int position, CleanPhoto photo, byte[] original) {
        DataKey key = keys.of(caseId);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO grievance_photo (id, case_id, position, content_type, body, original)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        caseId,
                        position,
                        photo.contentType(),
                        key.encrypt(photo.bytes(), photoPlace(id)),
                        originals.sealed(original, key, "grievance_photo.original:" + id))
                .update();
    }

    /** A case filed by a partner organisation on the person's behalf records which organisation it was. */
    public void markAssisted(UUID caseId, UUID partnerId) {
        jdbc.sql("UPDATE grievance_case SET assisted_by = ? WHERE id = ?")
                .params(partnerId, caseId)
                .update();
    }

    /** The partner organisation that filed the case for the person, if one did. */
    public Optional<UUID> assistedBy(UUID caseId) {
        return jdbc.sql("SELECT assisted_by FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("assisted_by", UUID.class)))
                .single();
    }

    /** The case's photos, opened, in the order they were sent. */
    public List<CleanPhoto> photos(UUID caseId) {
        DataKey key = keys.of(caseId);
        return jdbc.sql("SELECT id, content_type, body FROM grievance_photo WHERE case_id = ? ORDER BY position")
                .param(caseId)
                .query((rs, n) -> new CleanPhoto(
                        rs.getString("content_type"),
                        key.decrypt(rs.getBytes("body"), photoPlace(rs.getObject("id", UUID.class)))))
                .list();
    }

    private static String photoPlace(UUID photoId) {
        return "grievance_photo.body:" + photoId;
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String contentPlace(UUID caseId) {
        return "grievance_case.content:" + caseId;
    }

    private static String contactPlace(UUID caseId) {
        return "grievance_case.contact:" + caseId;
    }

    private static String messagePlace(UUID messageId) {
        return "grievance_message.body:" + messageId;
    }
}
