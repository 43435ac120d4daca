package nl.ketenwijs.supplychain.mapping;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A supplier on an origin as a chain spreadsheet names it: "Cocoa Trading BV (1)", several joined by "; " in
 * tier order. The export writes it so and the import reads it back.
 */
public record TieredName(String name, int tier) {

    public static final String SEPARATOR = "; ";

    public static String joined(List<TieredName> names) {
        return names.stream().map(TieredName::toString).collect(Collectors.joining(SEPARATOR));
    }

    @Override
    public String toString() {
        return name + " (" + tier + ")";
    }
}
