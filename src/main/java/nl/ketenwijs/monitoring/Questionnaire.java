package nl.ketenwijs.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A reporting year's questionnaire, full or for SMEs, with its questions in their order. */
public record Questionnaire(
        UUID id,
        int reportingYear,
        Variant variant,
        boolean published,
        String publishedBy,
        OffsetDateTime publishedAt,
        List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    public enum Variant {
        FULL,
        SME;

        public String messageKey() {
            return "monitoring.variant." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The main questions of a step, in order. */
    public List<Question> mainQuestions(DueDiligenceStep step) {
        return questions.stream().filter(q -> q.isMain() && q.step() == step).toList();
    }

    public List<Question> subQuestions(Question main) {
        return questions.stream().filter(q -> main.id().equals(q.parentId())).toList();
    }

    public long mainQuestionCount() {
        return questions.stream().filter(Question::isMain).count();
    }
}
