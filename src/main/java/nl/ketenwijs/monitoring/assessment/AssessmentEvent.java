package nl.ketenwijs.monitoring.assessment;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A step in an assessment's history; a return carries the reviewer's comments per question. */
public record AssessmentEvent(UUID id, String kind, String doneBy, OffsetDateTime doneAt, Map<UUID, String> comments) {

    public AssessmentEvent {
        comments = Map.copyOf(comments);
    }

    public String messageKey() {
        return "assessment.event." + kind.toLowerCase(java.util.Locale.ROOT);
    }
}
