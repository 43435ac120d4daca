package nl.ketenwijs.actions.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress update as a form gives it. */
public record UpdateDraft(String date, String text, String indicatorValue) {

    Checked check(FieldProblems problems) {
        return new Checked(
                InputText.date(date, true, "updateDate", problems),
                InputText.required(text, 4000, "updateText", problems),
                InputText.amount(indicatorValue, "updateValue", problems));
    }

    record Checked(LocalDate date, String text, BigDecimal indicatorValue) {}
}
