package nl.ketenwijs.monitoring;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One question of a questionnaire; a sub-question names its main question. Its options are the level
 * descriptions of a maturity question (levels 0 to 4) or the choices of a choice question.
 */
public record Question(
        UUID id,
        UUID parentId,
        DueDiligenceStep step,
        String code,
        QuestionType type,
        Bilingual text,
        List<Bilingual> options) {

    public Question {
        options = List.copyOf(options);
    }

    public boolean isMain() {
        return parentId == null;
    }

    /** A text in Dutch and English; anything else is shown in English. */
    public record Bilingual(String nl, String en) {

        public String in(Locale locale) {
            return "nl".equals(locale.getLanguage()) ? nl : en;
        }
    }
}
