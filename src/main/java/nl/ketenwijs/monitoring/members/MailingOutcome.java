package nl.ketenwijs.monitoring.members;

import java.util.Map;

/** What became of a mailing request: the members it reached, or the problems per form field (message keys). */
public record MailingOutcome(int members, Map<String, String> problems) {

    public MailingOutcome {
        problems = Map.copyOf(problems);
    }

    static MailingOutcome refused(String field, String problem) {
        return new MailingOutcome(0, Map.of(field, problem));
    }

    public boolean isSent() {
        return problems.isEmpty();
    }
}
