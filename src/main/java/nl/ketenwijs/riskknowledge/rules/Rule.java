package nl.ketenwijs.riskknowledge.rules;

import java.util.Optional;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.ThemeRisk;

/** Turns source rows into a level for one theme, or gives nothing when its data set has no evidence. */
interface Rule {

    Theme theme();

    /** The rule's own description of what it checked, for the reason when no rule of a theme applies. */
    String looksFor();

    Optional<ThemeRisk> assess(Commodity commodity, Country country, Evidence evidence);
}
