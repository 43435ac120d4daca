package nl.ketenwijs.riskknowledge;

import java.math.BigDecimal;

/**
 * Why a theme has its level: the source row it read (data set, edition, subject such as an ILAB good,
 * field and value; all null when the reason is that evidence is missing) and the rule, by id and version,
 * that turned it into the level, with that rule's plain-language explanation. A level an expert entry
 * gives carries that entry's note, so it can be shown as a judgement; every other reason has none.
 */
public record Reason(
        String dataSet,
        String edition,
        String subject,
        String field,
        String value,
        String rule,
        int ruleVersion,
        String text,
        ExpertNote expert) {

    /** A reason from an open data set. */
    public Reason(
            String dataSet,
            String edition,
            String subject,
            String field,
            String value,
            String rule,
            int ruleVersion,
            String text) {
        this(dataSet, edition, subject, field, value, rule, ruleVersion, text, null);
    }

    /** A reason that cites no source row: what was looked for and not found. */
    public static Reason missing(String rule, int ruleVersion, String text) {
        return new Reason(null, null, null, null, null, rule, ruleVersion, text);
    }

    /**
     * The value as a number, so a page can format it for its language (a share as a percentage, hectares
     * with separators); null when the value is not a plain number. Not a record component: the JSON keeps
     * the value as the source wrote it.
     */
    public BigDecimal number() {
        return value != null && value.matches("-?[0-9]+(\\.[0-9]+)?") ? new BigDecimal(value) : null;
    }
}
