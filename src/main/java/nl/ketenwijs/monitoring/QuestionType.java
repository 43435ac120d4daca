package nl.ketenwijs.monitoring;

/**
 * How a question is answered: a maturity level from 0 to 4 with a description per level, yes or no, a
 * number, a percentage (0 to 100), free text, one of a list of choices, or an evidence file.
 */
public enum QuestionType {
    MATURITY,
    YES_NO,
    NUMBER,
    PERCENTAGE,
    TEXT,
    CHOICE,
    EVIDENCE;

    public String messageKey() {
        return "monitoring.type." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
