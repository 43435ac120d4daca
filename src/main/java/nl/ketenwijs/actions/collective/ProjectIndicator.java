package nl.ketenwijs.actions.collective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An outcome indicator of a project with its measured values, newest first; by gender when asked for. */
public record ProjectIndicator(
        UUID id,
        String name,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        boolean byGender,
        List<Value> values) {

    /** A value measured on a date; women and men only for an indicator by gender. */
    public record Value(LocalDate date, BigDecimal total, BigDecimal women, BigDecimal men, String recordedBy) {}

    /** The newest value, or null. */
    public Value latest() {
        return values.isEmpty() ? null : values.get(0);
    }
}
