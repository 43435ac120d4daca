package nl.ketenwijs.actions.plan;

import java.time.LocalDate;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;

/**
 * A measure as a form or a JSON body gives it: text, checked by {@link #check} before anything is stored.
 * A form binds to it by name and to nothing else, so an extra field (an organisation, an id) has no place
 * to land; an unticked box sends nothing, hence the gender flag may be null, read as no.
 * The field names are those of the form and of the API, so a problem points at what the person typed.
 */
public record MeasureDraft(
        String title,
        String description,
        String type,
        String ownerName,
        String ownerEmail,
        String startDate,
        String dueDate,
        String status,
        String indicatorName,
        String indicatorUnit,
        String baseline,
        String target,
        String current,
        Boolean genderResponsive) {

    public static final MeasureDraft EMPTY = new MeasureDraft(
            null,
            null,
            MeasureType.PREVENT.name(),
            null,
            null,
            null,
            null,
            MeasureStatus.PLANNED.name(),
            null,
            null,
            null,
            null,
            null,
            false);

    /** The values of a stored measure, for its edit form. */
    public static MeasureDraft of(Measure measure) {
        Indicator indicator = measure.indicator();
        return new MeasureDraft(
                measure.title(),
                measure.description(),
                measure.type().name(),
                measure.ownerName(),
                measure.ownerEmail(),
                text(measure.startDate()),
                text(measure.dueDate()),
                measure.status().name(),
                indicator.name(),
                indicator.unit(),
                text(indicator.baseline()),
                text(indicator.target()),
                text(indicator.current()),
                measure.genderResponsive());
    }

    /** The text fields by their form name, for a form to show them back. */
    public java.util.Map<String, String> fields() {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        fields.put("title", title);
        fields.put("ownerName", ownerName);
        fields.put("ownerEmail", ownerEmail);
        fields.put("startDate", startDate);
        fields.put("dueDate", dueDate);
        fields.put("indicatorName", indicatorName);
        fields.put("indicatorUnit", indicatorUnit);
        fields.put("baseline", baseline);
        fields.put("target", target);
        fields.put("current", current);
        return fields;
    }

    /** The checked values; every problem found is added, each on its field. */
    Checked check(FieldProblems problems) {
        String checkedTitle = InputText.required(title, 200, "title", problems);
        String checkedDescription = InputText.optional(description, 4000, "description", problems);
        MeasureType checkedType = InputText.choice(type, MeasureType.class, "type", problems);
        String name = InputText.required(ownerName, 200, "ownerName", problems);
        String email = InputText.email(ownerEmail, "ownerEmail", problems);
        LocalDate start = InputText.date(startDate, false, "startDate", problems);
        LocalDate due = InputText.date(dueDate, true, "dueDate", problems);
        if (start != null && due != null && due.isBefore(start)) {
            problems.add("dueDate", "plans.field.dueBeforeStart.dueDate");
        }
        MeasureStatus checkedStatus = InputText.choice(status, MeasureStatus.class, "status", problems);
        Indicator indicator = new Indicator(
                InputText.optional(indicatorName, 200, "indicatorName", problems),
                InputText.optional(indicatorUnit, 50, "indicatorUnit", problems),
                InputText.amount(baseline, "baseline", problems),
                InputText.amount(target, "target", problems),
                InputText.amount(current, "current", problems));
        boolean valuesWithoutName = indicator.name() == null
                && (indicator.unit() != null
                        || indicator.baseline() != null
                        || indicator.target() != null
                        || indicator.current() != null);
        if (valuesWithoutName) {
            problems.add("indicatorName", "plans.field.required.indicatorName");
        }
        return new Checked(
                checkedTitle,
                checkedDescription == null ? "" : checkedDescription,
                checkedType,
                name,
                email,
                start,
                due,
                checkedStatus,
                indicator,
                Boolean.TRUE.equals(genderResponsive));
    }

    /** A measure's values that passed every check. */
    record Checked(
            String title,
            String description,
            MeasureType type,
            String ownerName,
            String ownerEmail,
            LocalDate startDate,
            LocalDate dueDate,
            MeasureStatus status,
            Indicator indicator,
            boolean genderResponsive) {}

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
