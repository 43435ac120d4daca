package nl.ketenwijs.riskanalysis;

import java.util.UUID;
import nl.ketenwijs.riskanalysis.register.Cause;
import nl.ketenwijs.riskanalysis.register.RegisterEvaluation;
import org.springframework.stereotype.Service;

/**
 * Brings a company's register up to date now, for a page that shows it right after the chain changed: the
 * evaluation that follows the change runs in the background and may not have finished yet. Evaluations of
 * one company take turns, and an unchanged register costs reads only, so the background one that follows
 * is harmless.
 */
@Service
public class RegisterRefresh {

    private final RegisterEvaluation evaluation;

    RegisterRefresh(RegisterEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** In transactions of its own, as the company: call it after the change has committed. */
    public void now(UUID organisation) {
        evaluation.evaluate(organisation, Cause.CHAIN);
    }
}
