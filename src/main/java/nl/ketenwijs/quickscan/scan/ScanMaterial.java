package nl.ketenwijs.quickscan.scan;

import java.util.List;

/**
 * A raw material by the company's name for it; commodityCode is the knowledge base's commodity, or null when
 * the knowledge base does not know it (kept as an unclassified raw material). No countries: the company does
 * not know where it comes from, a gap to close and never a sign of safety.
 */
public record ScanMaterial(String name, String commodityCode, List<String> countries) {

    public ScanMaterial {
        countries = List.copyOf(countries);
    }

    public boolean hasCommodity() {
        return commodityCode != null;
    }

    public boolean hasOrigin() {
        return !countries.isEmpty();
    }

    ScanMaterial withCountries(List<String> next) {
        return new ScanMaterial(name, commodityCode, next);
    }
}
