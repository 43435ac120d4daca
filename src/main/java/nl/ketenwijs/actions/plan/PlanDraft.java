package nl.ketenwijs.actions.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskknowledge.Theme;

/**
 * A plan as a form or JSON body gives it. Each risk is a register entry's key written as
 * {@code commodity/COUNTRY/theme} (cocoa/CIV/child_labour), which is how a form's checkbox and the API name it.
 */
public record PlanDraft(String title, String goal, List<String> risks) {

    public PlanDraft {
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    public static String keyText(EntryKey key) {
        return key.commodityCode() + "/" + key.countryIso3() + "/" + key.theme().code();
    }

    public static Optional<EntryKey> parseKey(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        if (parts.length != 3 || !parts[0].matches("[a-z][a-z0-9_]{1,49}") || !parts[1].matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        return Theme.byCode(parts[2]).map(theme -> new EntryKey(parts[0], parts[1], theme));
    }

    Checked check(FieldProblems problems) {
        String checkedTitle = InputText.required(title, 200, "title", problems);
        String checkedGoal = InputText.required(goal, 4000, "goal", problems);
        List<EntryKey> keys = new ArrayList<>();
        for (String risk : new LinkedHashSet<>(risks)) {
            parseKey(risk).ifPresentOrElse(keys::add, () -> problems.add("risks", "plans.field.invalid.risks"));
        }
        if (keys.isEmpty()) {
            problems.add("risks", "plans.field.required.risks");
        }
        return new Checked(checkedTitle, checkedGoal, keys);
    }

    record Checked(String title, String goal, List<EntryKey> risks) {}
}
