package nl.ketenwijs.monitoring.assessment;

/**
 * An assessment cannot be changed as asked: it is handed in (only a return opens it again), it is not the
 * reviewer's turn, or there is no published questionnaire for the year. A message key.
 */
public class AssessmentRefused extends RuntimeException {

    private final String messageKey;

    AssessmentRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
