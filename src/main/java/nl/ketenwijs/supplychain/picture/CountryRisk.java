package nl.ketenwijs.supplychain.picture;

import java.util.List;
import nl.ketenwijs.riskknowledge.Level;

/**
 * A country the company sources from, with the highest inherent risk of its classified raw materials there
 * (UNKNOWN when none is classified or no evidence was found) and every raw material it buys there.
 */
public record CountryRisk(String iso3, String name, Level highest, List<Sourced> materials) {

    public CountryRisk {
        materials = List.copyOf(materials);
    }

    /** A raw material of a product, from this country; {@code commodityCode} null while unclassified. */
    public record Sourced(String product, String material, String commodityCode, Level level) {}
}
