package nl.ketenwijs.monitoring.assessment;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.monitoring.Question;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring reviewer's side: the assessments handed in, and accepting one or returning it with
 * comments per question, which opens it for the company again. Only a submitted assessment is reviewed;
 * every step is kept in its history with who and when.
 */
@Service
public class AssessmentReviews {

    static final int COMMENT_LIMIT = 2000;

    /** An assessment in the reviewer's list. */
    public record Listed(UUID id, UUID companyId, int year, AssessmentStatus status, OffsetDateTime updatedAt) {}

    private final AssessmentRows rows;

    AssessmentReviews(AssessmentRows rows) {
        this.rows = rows;
    }

    /** The year's handed-in assessments, awaiting review first. */
    @Transactional(readOnly = true)
    public List<Listed> handedIn(int year) {
        return rows.handedIn(year).stream()
                .sorted(java.util.Comparator.comparing(s -> s.status() != AssessmentStatus.SUBMITTED))
                .map(s -> new Listed(s.id(), s.organisationId(), s.year(), s.status(), s.updatedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> get(UUID id) {
        return rows.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> file(UUID id, UUID question) {
        return rows.file(id, question);
    }

    @Transactional
    public void accept(UUID id, String by) {
        Assessment assessment = submitted(id);
        rows.setStatus(id, AssessmentStatus.ACCEPTED);
        rows.addEvent(id, assessment.organisationId(), "ACCEPTED", by);
    }

    /**
     * Returns the assessment to the company with the comments given (blank ones left out); refused with
     * problems per question id when no comment is given or one is too long.
     */
    @Transactional
    public Map<UUID, String> giveBack(UUID id, Map<UUID, String> comments, String by) {
        Assessment assessment = submitted(id);
        Map<UUID, String> kept = new LinkedHashMap<>();
        Map<UUID, String> problems = new LinkedHashMap<>();
        for (Question question : assessment.questionnaire().questions()) {
            String comment = comments.get(question.id());
            if (comment == null || comment.isBlank()) {
                continue;
            }
            if (comment.strip().length() > COMMENT_LIMIT || comment.indexOf('\0') >= 0) {
                problems.put(question.id(), "review.error.commentLength");
            }
            kept.put(question.id(), comment.strip());
        }
        if (kept.isEmpty()) {
            problems.put(assessment.questionnaire().questions().get(0).id(), "review.error.noComment");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        rows.setStatus(id, AssessmentStatus.RETURNED);
        UUID event = rows.addEvent(id, assessment.organisationId(), "RETURNED", by);
        kept.forEach((question, comment) -> rows.addComment(event, assessment.organisationId(), question, comment));
        return Map.of();
    }

    private Assessment submitted(UUID id) {
        AssessmentStatus status = rows.lock(id).orElseThrow(() -> new AssessmentRefused("review.error.unknown"));
        if (status != AssessmentStatus.SUBMITTED) {
            throw new AssessmentRefused("review.error.notSubmitted");
        }
        return rows.find(id).orElseThrow();
    }
}
