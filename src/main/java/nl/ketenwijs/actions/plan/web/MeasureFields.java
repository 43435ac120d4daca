package nl.ketenwijs.actions.plan.web;

import nl.ketenwijs.actions.plan.MeasureDraft;

/**
 * The measure form's fields, bound by name. Only these: an extra field such as an organisation or an id is
 * ignored, since the record has no place for it.
 */
record MeasureFields(
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

    MeasureDraft draft() {
        return new MeasureDraft(
                title,
                description,
                type,
                ownerName,
                ownerEmail,
                startDate,
                dueDate,
                status,
                indicatorName,
                indicatorUnit,
                baseline,
                target,
                current,
                Boolean.TRUE.equals(genderResponsive));
    }
}
