package nl.ketenwijs.grievance.handling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.grievance.cases.CaseFile;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.Cases;
import nl.ketenwijs.grievance.cases.ClosingReason;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.cases.Transitions;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AuditLog;
import nl.ketenwijs.organisation.OrganisationNames;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A handler opens a case or one of its photos. Every such view is written to the audit log first (who, which
 * case, never what it says), in a transaction of its own, so that no content is shown without its trace.
 */
@Service
public class CaseReading {

    static final String VIEWED = "COMPLAINT_CASE_VIEWED";
    static final String PHOTO_DOWNLOADED = "COMPLAINT_PHOTO_DOWNLOADED";

    private final ComplaintsScope scope;
    private final Cases cases;
    private final Transitions transitions;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final OrganisationNames organisations;
    private final Clock clock;

    CaseReading(
            ComplaintsScope scope,
            Cases cases,
            Transitions transitions,
            JdbcClient jdbc,
            AuditLog audit,
            StaffDirectory staff,
            OrganisationNames organisations,
            Clock clock) {
        this.scope = scope;
        this.cases = cases;
        this.transitions = transitions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.staff = staff;
        this.organisations = organisations;
        this.clock = clock;
    }

    private record Plain(
            String locator,
            CaseStatus status,
            int revision,
            Instant receivedAt,
            String language,
            String country,
            List<String> themes,
            String gender,
            String children,
            String channel,
            Instant acknowledgeBy,
            Instant acknowledgedAt,
            Instant feedbackBy,
            Instant feedbackGivenAt,
            ClosingReason closingReason,
            UUID assignedTo,
            Instant purgedAt,
            int photos) {}

    /** @throws CaseNotFound when there is no such case */
    public CaseDetails open(UUID caseId, Account viewer) {
        requireExists(caseId);
        audit.record(viewer.userId(), viewer.organisationId(), VIEWED, caseId.toString());
        Map<UUID, String> handlers = staff.withRole(Role.COMPLAINT_HANDLER).stream()
                .collect(Collectors.toMap(StaffDirectory.StaffMember::id, StaffDirectory.StaffMember::displayName));
        Instant now = clock.instant();
        return scope.read(() -> {
            Plain plain = plain(caseId);
            boolean purged = plain.purgedAt() != null;
            CaseFile file = purged ? null : cases.file(caseId);
            List<CaseDetails.HistoryEntry> history = transitions.history(caseId).stream()
                    .map(t -> new CaseDetails.HistoryEntry(
                            t.from(),
                            t.to(),
                            t.at(),
                            t.by() == null ? null : handlers.getOrDefault(t.by(), "?"),
                            t.closingReason(),
                            t.note()))
                    .toList();
            return new CaseDetails(
                    caseId,
                    plain.locator(),
                    plain.status(),
                    plain.revision(),
                    plain.receivedAt(),
                    plain.language(),
                    plain.country(),
                    plain.themes(),
                    plain.gender(),
                    plain.children(),
                    plain.channel(),
                    plain.acknowledgeBy(),
                    plain.acknowledgedAt(),
                    plain.feedbackBy(),
                    plain.feedbackGivenAt(),
                    plain.closingReason(),
                    Deadline.next(
                            plain.status() == CaseStatus.CLOSED,
                            plain.acknowledgeBy(),
                            plain.acknowledgedAt(),
                            plain.feedbackBy(),
                            plain.feedbackGivenAt(),
                            now),
                    plain.assignedTo(),
                    plain.assignedTo() == null ? null : handlers.getOrDefault(plain.assignedTo(), "?"),
                    plain.assignedTo() != null && Conflicts.between(jdbc, caseId, plain.assignedTo()),
                    organisations.of(companiesOf(caseId)),
                    plain.purgedAt(),
                    purged ? null : file.content(),
                    purged ? null : cases.contact(caseId).orElse(null),
                    purged ? 0 : plain.photos(),
                    purged ? List.of() : file.messages(),
                    history);
        });
    }

    /**
     * The photo at this position (from 0), as the portal stored it: already decoded and encoded again
     * without metadata.
     *
     * @throws CaseNotFound when there is no such case or photo
     */
    public CleanPhoto photo(UUID caseId, int position, Account viewer) {
        requireExists(caseId);
        audit.record(viewer.userId(), viewer.organisationId(), PHOTO_DOWNLOADED, caseId + "/photo/" + position);
        List<CleanPhoto> photos = scope.read(() -> isPurged(caseId) ? List.<CleanPhoto>of() : cases.photos(caseId));
        if (position < 0 || position >= photos.size()) {
            throw new CaseNotFound();
        }
        return photos.get(position);
    }

    private void requireExists(UUID caseId) {
        boolean exists = scope.read(() -> jdbc.sql("SELECT count(*) FROM grievance_case WHERE id = ?")
                        .param(caseId)
                        .query(Integer.class)
                        .single())
                > 0;
        if (!exists) {
            throw new CaseNotFound();
        }
    }

    private boolean isPurged(UUID caseId) {
        return jdbc.sql("SELECT purged_at IS NOT NULL FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query(Boolean.class)
                .single();
    }

    private List<UUID> companiesOf(UUID caseId) {
        return jdbc.sql("SELECT organisation_id FROM grievance_case_company WHERE case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .list();
    }

    private Plain plain(UUID caseId) {
        return jdbc.sql("""
                        SELECT locator, status, revision, received_at, language, country, themes, gender,
                               children_involved, contact_channel, acknowledge_by, acknowledged_at, feedback_by,
                               feedback_given_at, closing_reason, assigned_to, purged_at,
                               (SELECT count(*) FROM grievance_photo p WHERE p.case_id = c.id) AS photos
                          FROM grievance_case c WHERE id = ?
                        """).param(caseId).query((rs, n) -> plain(rs)).single();
    }

    private static Plain plain(ResultSet rs) throws SQLException {
        String reason = rs.getString("closing_reason");
        return new Plain(
                rs.getString("locator"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"),
                CaseQueue.instant(rs, "received_at"),
                rs.getString("language"),
                rs.getString("country"),
                CaseQueue.themes(rs.getArray("themes")),
                rs.getString("gender"),
                rs.getString("children_involved"),
                rs.getString("contact_channel"),
                CaseQueue.instant(rs, "acknowledge_by"),
                CaseQueue.instant(rs, "acknowledged_at"),
                CaseQueue.instant(rs, "feedback_by"),
                CaseQueue.instant(rs, "feedback_given_at"),
                reason == null ? null : ClosingReason.valueOf(reason),
                rs.getObject("assigned_to", UUID.class),
                CaseQueue.instant(rs, "purged_at"),
                rs.getInt("photos"));
    }
}
