package nl.ketenwijs.actions.collective;

import java.math.BigDecimal;
import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.actions.plan.InputText;

/** An outcome indicator as its form gives it; {@code byGender} asks for women and men with every value. */
public record IndicatorDraft(String name, String unit, String baseline, String target, Boolean byGender) {

    record Checked(String name, String unit, BigDecimal baseline, BigDecimal target, boolean byGender) {}

    Checked check(FieldProblems problems) {
        return new Checked(
                InputText.required(name, 200, "indicatorName", problems),
                InputText.required(unit, 50, "indicatorUnit", problems),
                InputText.amount(baseline, "baseline", problems),
                InputText.amount(target, "target", problems),
                Boolean.TRUE.equals(byGender));
    }
}
