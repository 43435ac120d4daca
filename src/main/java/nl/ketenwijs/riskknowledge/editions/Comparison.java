package nl.ketenwijs.riskknowledge.editions;

import java.util.List;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;

/**
 * What changes when a data set's edition {@code to} replaces {@code from}: the inherent risk levels of
 * commodity × country pairs, the source rows, and how many companies source a changed pair.
 *
 * @param levelChanges the first {@link EditionComparison#LISTED} of {@code levelChangeCount} changes
 * @param rowChanges the first {@link EditionComparison#LISTED} of {@code rowChangeCount} changed rows
 * @param companies companies whose chains hold a changed pair, or null when no company chains are recorded
 */
public record Comparison(
        String from,
        String to,
        List<ThemeCount> themes,
        List<LevelChange> levelChanges,
        int levelChangeCount,
        List<RowChange> rowChanges,
        int rowChangeCount,
        int rowsAdded,
        int rowsRemoved,
        int countriesAdded,
        int countriesRemoved,
        Integer companies) {

    /** How many pairs go up and down on one theme. */
    public record ThemeCount(Theme theme, int up, int down) {}

    public record LevelChange(Commodity commodity, Country country, Theme theme, Level before, Level after) {

        public boolean isUp() {
            return after.compareTo(before) > 0;
        }
    }

    /**
     * A source row (country and subject) added, removed, or with other values; before or after is null.
     *
     * @param country null for a code the country list does not have (a row loaded by an older version)
     */
    public record RowChange(String iso3, Country country, String subject, List<FieldChange> fields) {

        public boolean isAdded() {
            return fields.stream().allMatch(field -> field.before() == null);
        }

        public boolean isRemoved() {
            return fields.stream().allMatch(field -> field.after() == null);
        }
    }

    public record FieldChange(String field, String before, String after) {}
}
