package nl.ketenwijs.monitoring.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import nl.ketenwijs.monitoring.Question;

/**
 * What was typed for one question, checked against the question's type: a level 0 to 4, yes or no, a
 * number of at least 0, a percentage from 0 to 100, text up to 4,000 characters without NUL, or the number
 * of a choice. Blank is no answer. A refusal names the problem as a message key; the typed text is kept
 * so that the form shows it again.
 */
record AnswerInput(Question question, String typed, Integer level, String value, String problem) {

    static final int TEXT_LIMIT = 4000;
    static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000000000");

    static AnswerInput of(Question question, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new AnswerInput(question, typed, null, null, null);
        }
        return switch (question.type()) {
            case MATURITY ->
                whole(text, 0, 4)
                        .map(level -> new AnswerInput(question, typed, level, null, null))
                        .orElseGet(() -> refused(question, typed, "assessment.error.level"));
            case YES_NO ->
                text.equals("YES") || text.equals("NO")
                        ? new AnswerInput(question, typed, null, text, null)
                        : refused(question, typed, "assessment.error.yesNo");
            case NUMBER ->
                number(text)
                        .filter(n -> n.signum() >= 0 && n.compareTo(NUMBER_LIMIT) < 0)
                        .map(n -> new AnswerInput(
                                question, typed, null, n.stripTrailingZeros().toPlainString(), null))
                        .orElseGet(() -> refused(question, typed, "assessment.error.number"));
            case PERCENTAGE ->
                number(text)
                        .filter(n -> n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0)
                        .map(n -> new AnswerInput(
                                question, typed, null, n.stripTrailingZeros().toPlainString(), null))
                        .orElseGet(() -> refused(question, typed, "assessment.error.percentage"));
            case TEXT ->
                text.length() <= TEXT_LIMIT && text.indexOf('\0') < 0
                        ? new AnswerInput(question, typed, null, text, null)
                        : refused(question, typed, "assessment.error.text");
            case CHOICE ->
                whole(text, 0, question.options().size() - 1)
                        .map(choice -> new AnswerInput(question, typed, null, choice.toString(), null))
                        .orElseGet(() -> refused(question, typed, "assessment.error.choice"));
            case EVIDENCE -> refused(question, typed, "assessment.error.file");
        };
    }

    boolean isRefused() {
        return problem != null;
    }

    private static AnswerInput refused(Question question, String typed, String problem) {
        return new AnswerInput(question, typed, null, null, problem);
    }

    private static Optional<Integer> whole(String text, int lowest, int highest) {
        if (!text.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text);
        return number >= lowest && number <= highest ? Optional.of(number) : Optional.empty();
    }

    /** A decimal with a point or a Dutch comma, nothing else: "12 %" or "twelve" is not a number. */
    private static Optional<BigDecimal> number(String text) {
        String plain = text.replace(',', '.');
        if (!plain.matches("-?[0-9]{1,15}(\\.[0-9]{1,4})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }
}
