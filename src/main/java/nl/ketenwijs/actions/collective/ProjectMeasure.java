package nl.ketenwijs.actions.collective;

import java.time.LocalDate;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;

/** A measure of a project's shared plan, carried by one participant. */
public record ProjectMeasure(
        UUID id,
        String title,
        String description,
        MeasureType type,
        String ownerOrganisation,
        String ownerName,
        LocalDate startDate,
        LocalDate dueDate,
        MeasureStatus status,
        boolean genderResponsive) {

    public boolean isOverdue(LocalDate today) {
        return (status == MeasureStatus.PLANNED || status == MeasureStatus.IN_PROGRESS) && dueDate.isBefore(today);
    }
}
