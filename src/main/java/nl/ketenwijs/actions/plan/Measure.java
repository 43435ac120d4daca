package nl.ketenwijs.actions.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;

/** One measure of a plan, with the person who carries it and the date by which it should be done. */
public record Measure(
        UUID id,
        UUID planId,
        String title,
        String description,
        MeasureType type,
        String ownerName,
        String ownerEmail,
        LocalDate startDate,
        LocalDate dueDate,
        MeasureStatus status,
        Indicator indicator,
        boolean genderResponsive,
        OffsetDateTime remindedAt) {

    /** Still open after its due date; the day itself is not overdue yet. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }
}
