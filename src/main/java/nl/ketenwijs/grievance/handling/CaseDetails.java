package nl.ketenwijs.grievance.handling;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseFile;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.ClosingReason;
import nl.ketenwijs.grievance.cases.ComplaintContent;
import nl.ketenwijs.grievance.cases.Contact;

/**
 * A case as its handler's page shows it. After the retention purge the content, contact, photos, messages
 * and notes are gone ({@code purgedAt} says when) and only the plain figures remain.
 */
public record CaseDetails(
        UUID id,
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
        Deadline deadline,
        UUID assignedTo,
        String assignedName,
        boolean assignedHasConflict,
        Map<UUID, String> companies,
        Instant purgedAt,
        ComplaintContent content,
        Contact contact,
        int photos,
        List<CaseFile.Message> messages,
        List<HistoryEntry> history) {

    /** A move of the case with the name of the handler who made it (none for the arrival). */
    public record HistoryEntry(
            CaseStatus from, CaseStatus to, Instant at, String by, ClosingReason closingReason, String note) {}

    public boolean purged() {
        return purgedAt != null;
    }

    public List<CaseStatus> next() {
        return CaseFlow.next(status);
    }
}
