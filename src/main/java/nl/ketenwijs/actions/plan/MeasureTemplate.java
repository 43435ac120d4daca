package nl.ketenwijs.actions.plan;

import java.util.UUID;
import nl.ketenwijs.actions.MeasureType;

/** A common measure in one language, with a suggested indicator; applying it pre-fills a measure form. */
public record MeasureTemplate(
        UUID id,
        String code,
        String language,
        MeasureType type,
        String title,
        String description,
        String indicatorName,
        String indicatorUnit) {

    /** The measure form's values: the company fills in owner and dates, and may change everything else. */
    public MeasureDraft toDraft() {
        return new MeasureDraft(
                title,
                description,
                type.name(),
                null,
                null,
                null,
                null,
                nl.ketenwijs.actions.MeasureStatus.PLANNED.name(),
                indicatorName,
                indicatorUnit,
                null,
                null,
                null,
                false);
    }
}
