package nl.ketenwijs.actions.plan;

/** Input that does not make a valid plan, measure, update, evidence or review; the problems say why. */
public class PlanInputRejected extends RuntimeException {

    private final transient FieldProblems problems;

    PlanInputRejected(FieldProblems problems) {
        super("Input rejected: " + problems.byField().keySet());
        this.problems = problems;
    }

    public FieldProblems problems() {
        return problems;
    }
}
