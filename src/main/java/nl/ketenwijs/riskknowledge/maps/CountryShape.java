package nl.ketenwijs.riskknowledge.maps;

/** One country as drawn: its ISO alpha-3 code, Natural Earth's English name and its SVG path data. */
public record CountryShape(String iso3, String nameEn, String path) {}
