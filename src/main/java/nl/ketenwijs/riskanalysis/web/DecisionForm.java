package nl.ketenwijs.riskanalysis.web;

import nl.ketenwijs.riskanalysis.Decision;
import nl.ketenwijs.riskanalysis.RegisterDecisions.Judgement;

/** A company's judgement of one register entry, as the entry page's form sends it. */
record DecisionForm(Decision decision, Integer severity, Integer likelihood, String reason) {

    static DecisionForm empty() {
        return new DecisionForm(null, null, null, "");
    }

    Judgement judgement() {
        return new Judgement(decision, severity, likelihood, reason);
    }
}
