package nl.ketenwijs.supplychain.mapping;

import java.math.BigDecimal;

/**
 * How much of a raw material a company buys, in whatever it knows: its share of the product, the volume in
 * kilograms a year, the spend in euros a year. Each may be missing; prioritisation uses what is there.
 */
public record Quantities(BigDecimal sharePercent, BigDecimal volumeKgPerYear, BigDecimal spendEur) {

    public static final Quantities NONE = new Quantities(null, null, null);
}
