package nl.ketenwijs.actions.collective;

import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.actions.plan.InputText;
import nl.ketenwijs.actions.plan.PlanDraft;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;

/** A new project as its form gives it; the risk is written {@code commodity/COUNTRY/theme}, as in a plan. */
public record ProjectDraft(String title, String goal, String risk) {

    record Checked(String title, String goal, EntryKey risk) {}

    Checked check(FieldProblems problems) {
        String checkedTitle = InputText.required(title, 200, "title", problems);
        String checkedGoal = InputText.required(goal, 4000, "goal", problems);
        EntryKey key = PlanDraft.parseKey(risk).orElse(null);
        if (InputText.clean(risk) == null) {
            problems.add("risk", "projects.field.required.risk");
        } else if (key == null) {
            problems.add("risk", "projects.field.invalid.risk");
        }
        return new Checked(checkedTitle, checkedGoal, key);
    }
}
