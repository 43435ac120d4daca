package nl.ketenwijs.riskknowledge.expert;

/** Which entry: a raw material on a theme, for one country of origin (ISO alpha-3) or every origin (null). */
public record ExpertKey(String commodityCode, String themeCode, String iso3) {}
