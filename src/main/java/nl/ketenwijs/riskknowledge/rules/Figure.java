package nl.ketenwijs.riskknowledge.rules;

import java.math.BigDecimal;
import java.util.List;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;

/** A number from a country-level source row, which the country rules turn into a level citing that row. */
record Figure(SourceRow row, String field, BigDecimal value) {

    ThemeRisk risk(Theme theme, Level level, RuleId rule, String text) {
        return new ThemeRisk(theme, level, List.of(row.reason(field, rule, text)));
    }
}
