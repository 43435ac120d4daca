package nl.ketenwijs.organisation.password;

/** A new password that the policy refuses; nothing was saved. */
public class PasswordRejected extends RuntimeException {

    private final PasswordProblem problem;

    public PasswordRejected(PasswordProblem problem) {
        super("Password refused: " + problem);
        this.problem = problem;
    }

    public PasswordProblem problem() {
        return problem;
    }
}
