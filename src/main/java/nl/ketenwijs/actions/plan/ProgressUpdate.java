package nl.ketenwijs.actions.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A dated word on how a measure is going, with the indicator's value on that date when there is one. */
public record ProgressUpdate(UUID id, LocalDate date, String text, BigDecimal indicatorValue, String writtenBy) {}
