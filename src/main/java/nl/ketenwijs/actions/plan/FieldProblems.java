package nl.ketenwijs.actions.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a form or a JSON body, by field, in the order of the form: a message key and its
 * arguments for each field. The first problem of a field counts: one fix at a time. Each message names its
 * field, so it reads on its own too (in a summary, in an API answer, to a screen reader).
 */
public final class FieldProblems {

    public record Problem(String key, List<Object> arguments) {}

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    public void add(String field, String key, Object... arguments) {
        problems.putIfAbsent(field, new Problem(key, List.of(arguments)));
    }

    /** Another part's problems under this one, such as {@code measures[2].dueDate}. */
    void addAll(String prefix, FieldProblems part) {
        part.problems.forEach((field, problem) -> problems.putIfAbsent(prefix + field, problem));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public Map<String, Problem> byField() {
        return Map.copyOf(problems);
    }

    /** In the order found, for a summary at the top of a form. */
    public List<Map.Entry<String, Problem>> inOrder() {
        return List.copyOf(problems.entrySet());
    }

    /** Refuses the input when anything was found. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new PlanInputRejected(this);
        }
    }
}
