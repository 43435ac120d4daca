package nl.ketenwijs.riskknowledge;

/** A raw material from a country, by their stable codes: the unit an inherent risk level belongs to. */
public record CommodityCountry(String commodityCode, String iso3) {}
