package nl.ketenwijs.riskknowledge.rules;

import java.util.List;
import nl.ketenwijs.riskknowledge.ExpertNote;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;

/**
 * An active expert entry: the level an expert gives a raw material on a theme, for one origin or all (null),
 * and the gender-specific aspects of that risk it marks.
 */
public record ExpertEntry(
        String commodityCode,
        Theme theme,
        String iso3,
        Level level,
        ExpertNote note,
        List<GenderAspect> genderAspects) {

    public ExpertEntry {
        genderAspects = GenderAspect.ordered(genderAspects);
    }

    /** An entry that marks no gender aspect. */
    public ExpertEntry(String commodityCode, Theme theme, String iso3, Level level, ExpertNote note) {
        this(commodityCode, theme, iso3, level, note, List.of());
    }
}
