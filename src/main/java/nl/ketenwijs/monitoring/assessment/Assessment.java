package nl.ketenwijs.monitoring.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.Question;
import nl.ketenwijs.monitoring.QuestionType;
import nl.ketenwijs.monitoring.Questionnaire;

/** A company's self-assessment of one reporting year, with its answers and its history, oldest first. */
public record Assessment(
        UUID id,
        UUID organisationId,
        int reportingYear,
        Questionnaire questionnaire,
        AssessmentStatus status,
        Map<UUID, Answer> answers,
        List<AssessmentEvent> history) {

    public Assessment {
        answers = Map.copyOf(answers);
        history = List.copyOf(history);
    }

    public Answer answer(Question question) {
        return answers.get(question.id());
    }

    /** The comments of the latest return, per question: shown beside the questions until it is accepted. */
    public Map<UUID, String> comments() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("RETURNED".equals(history.get(i).kind())) {
                return history.get(i).comments();
            }
        }
        return Map.of();
    }

    public String comment(Question question) {
        return comments().get(question.id());
    }

    /** The main maturity questions that have no level yet: an assessment is submitted only without any. */
    public List<Question> unanswered() {
        return maturityQuestions().stream()
                .filter(q -> answer(q) == null || answer(q).level() == null)
                .toList();
    }

    /**
     * The level of each step: the rounded-down mean of its answered main maturity questions, as the
     * aggregates count it; steps without an answer are left out.
     */
    public Map<DueDiligenceStep, Integer> stepLevels() {
        Map<DueDiligenceStep, List<Integer>> levels = new EnumMap<>(DueDiligenceStep.class);
        for (Question question : maturityQuestions()) {
            Answer answer = answer(question);
            if (answer != null && answer.level() != null) {
                levels.computeIfAbsent(question.step(), s -> new ArrayList<>()).add(answer.level());
            }
        }
        Map<DueDiligenceStep, Integer> result = new EnumMap<>(DueDiligenceStep.class);
        levels.forEach((step, found) -> result.put(step, (int)
                Math.floor(found.stream().mapToInt(Integer::intValue).average().orElse(0))));
        return result;
    }

    /** The steps this assessment's questionnaire asks about, in order. */
    public List<DueDiligenceStep> steps() {
        return java.util.Arrays.stream(DueDiligenceStep.values())
                .filter(step -> !questionnaire.mainQuestions(step).isEmpty())
                .toList();
    }

    private List<Question> maturityQuestions() {
        return questionnaire.questions().stream()
                .filter(q -> q.isMain() && q.type() == QuestionType.MATURITY)
                .toList();
    }
}
