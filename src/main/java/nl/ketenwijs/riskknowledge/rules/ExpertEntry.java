package nl.ketenwijs.riskknowledge.rules;

import nl.ketenwijs.riskknowledge.ExpertNote;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Theme;

/** An active expert entry: the level an expert gives a raw material on a theme, for one origin or all (null). */
public record ExpertEntry(String commodityCode, Theme theme, String iso3, Level level, ExpertNote note) {}
