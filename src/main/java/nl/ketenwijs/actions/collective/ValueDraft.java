package nl.ketenwijs.actions.collective;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.actions.plan.InputText;

/**
 * A measured value of an indicator as its form gives it. For an indicator by gender, women and men are
 * required and may not add up to more than the total (which may hold people who did not say).
 */
public record ValueDraft(String date, String total, String women, String men) {

    record Checked(LocalDate date, BigDecimal total, BigDecimal women, BigDecimal men) {}

    Checked check(boolean byGender, FieldProblems problems) {
        LocalDate day = InputText.date(date, true, "valueDate", problems);
        BigDecimal checkedTotal = InputText.amount(total, "total", problems);
        if (InputText.clean(total) == null) {
            problems.add("total", "projects.field.required.total");
        }
        if (!byGender) {
            return new Checked(day, checkedTotal, null, null);
        }
        BigDecimal checkedWomen = required(women, "women", problems);
        BigDecimal checkedMen = required(men, "men", problems);
        if (checkedTotal != null
                && checkedWomen != null
                && checkedMen != null
                && checkedWomen.add(checkedMen).compareTo(checkedTotal) > 0) {
            problems.add("total", "projects.field.belowSplit.total");
        }
        return new Checked(day, checkedTotal, checkedWomen, checkedMen);
    }

    private static BigDecimal required(String value, String field, FieldProblems problems) {
        if (InputText.clean(value) == null) {
            problems.add(field, "projects.field.required." + field);
            return null;
        }
        return InputText.amount(value, field, problems);
    }
}
