package nl.ketenwijs.actions.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;

/** The plan_measure columns and how a row becomes a {@link Measure}. */
final class MeasureRows {

    static final String SELECT = """
            SELECT id, plan_id, title, description, type, owner_name, owner_email, start_date, due_date, status,
                   indicator_name, indicator_unit, indicator_baseline, indicator_target, indicator_current,
                   gender_responsive, reminded_at
              FROM plan_measure WHERE organisation_id = ?
            """;

    private MeasureRows() {}

    static Measure measure(ResultSet rs, int row) throws SQLException {
        return new Measure(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                MeasureType.valueOf(rs.getString("type")),
                rs.getString("owner_name"),
                rs.getString("owner_email"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                MeasureStatus.valueOf(rs.getString("status")),
                new Indicator(
                        rs.getString("indicator_name"),
                        rs.getString("indicator_unit"),
                        decimal(rs, "indicator_baseline"),
                        decimal(rs, "indicator_target"),
                        decimal(rs, "indicator_current")),
                rs.getBoolean("gender_responsive"),
                rs.getObject("reminded_at", OffsetDateTime.class));
    }

    /** Without the zeros numeric(18, 4) pads with: 12.5000 reads as 12.5, and 100.0000 as 100. */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
