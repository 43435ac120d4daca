package nl.ketenwijs.actions.collective;

import java.time.LocalDate;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;
import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.actions.plan.InputText;

/**
 * A measure of a project's shared plan as its form gives it. Owner (a participant and a person) and due date
 * are required, as in a company's plan: a measure nobody carries by no date is not a measure.
 */
public record ProjectMeasureDraft(
        String title,
        String description,
        String type,
        String ownerOrganisation,
        String ownerName,
        String startDate,
        String dueDate,
        String status,
        Boolean genderResponsive) {

    record Checked(
            String title,
            String description,
            MeasureType type,
            UUID ownerOrganisation,
            String ownerName,
            LocalDate startDate,
            LocalDate dueDate,
            MeasureStatus status,
            boolean genderResponsive) {}

    Checked check(FieldProblems problems) {
        String checkedTitle = InputText.required(title, 200, "title", problems);
        String checkedDescription = InputText.optional(description, 4000, "description", problems);
        MeasureType checkedType = InputText.choice(type, MeasureType.class, "type", problems);
        UUID owner = null;
        if (InputText.clean(ownerOrganisation) == null) {
            problems.add("ownerOrganisation", "projects.field.required.ownerOrganisation");
        } else {
            try {
                owner = UUID.fromString(ownerOrganisation.strip());
            } catch (IllegalArgumentException e) {
                problems.add("ownerOrganisation", "projects.field.invalid.ownerOrganisation");
            }
        }
        String checkedOwnerName = InputText.required(ownerName, 200, "ownerName", problems);
        LocalDate start = InputText.date(startDate, false, "startDate", problems);
        LocalDate due = InputText.date(dueDate, true, "dueDate", problems);
        if (start != null && due != null && due.isBefore(start)) {
            problems.add("dueDate", "plans.field.dueBeforeStart.dueDate");
        }
        MeasureStatus checkedStatus = InputText.choice(status, MeasureStatus.class, "status", problems);
        return new Checked(
                checkedTitle,
                checkedDescription == null ? "" : checkedDescription,
                checkedType,
                owner,
                checkedOwnerName,
                start,
                due,
                checkedStatus,
                Boolean.TRUE.equals(genderResponsive));
    }
}
