package nl.ketenwijs.monitoring.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.Question;
import nl.ketenwijs.monitoring.QuestionType;
import nl.ketenwijs.monitoring.Questionnaire;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaire Ketenwijs ships ({@code monitoring/default-questionnaire.json}): ten main questions
 * with sub-questions along the OECD steps, in Dutch and English. The SME variant keeps the questions
 * marked {@code sme}. Each call gives new question ids, so a questionnaire made from it owns its rows.
 */
@Component
public class DefaultQuestionnaire {

    private static final String RESOURCE = "monitoring/default-questionnaire.json";

    private final JsonMapper json;

    DefaultQuestionnaire(JsonMapper json) {
        this.json = json;
    }

    public List<Question> questions(Questionnaire.Variant variant) {
        List<Question> questions = new ArrayList<>();
        for (JsonNode main : read().get("questions")) {
            if (variant == Questionnaire.Variant.SME && !main.get("sme").asBoolean()) {
                continue;
            }
            DueDiligenceStep step = DueDiligenceStep.valueOf(main.get("step").asString());
            Question added = question(main, step, null);
            questions.add(added);
            for (JsonNode sub : main.get("sub")) {
                if (variant == Questionnaire.Variant.FULL || sub.get("sme").asBoolean()) {
                    questions.add(question(sub, step, added.id()));
                }
            }
        }
        return questions;
    }

    private static Question question(JsonNode node, DueDiligenceStep step, UUID parent) {
        List<Question.Bilingual> options = new ArrayList<>();
        JsonNode listed = node.has("levels") ? node.get("levels") : node.get("choices");
        if (listed != null) {
            listed.forEach(option -> options.add(new Question.Bilingual(
                    option.get(0).asString(), option.get(1).asString())));
        }
        return new Question(
                UUID.randomUUID(),
                parent,
                step,
                node.get("code").asString(),
                QuestionType.valueOf(node.get("type").asString()),
                new Question.Bilingual(node.get("nl").asString(), node.get("en").asString()),
                options);
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped questionnaire cannot be read", e);
        }
    }
}
