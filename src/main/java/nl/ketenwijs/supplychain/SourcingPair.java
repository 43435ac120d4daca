package nl.ketenwijs.supplychain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One raw material (a knowledge-base commodity) from one country in a company's chain, with the products
 * it goes into and the company's yearly volume and spend for it, summed over those products where known.
 */
public record SourcingPair(
        String commodityCode,
        String countryIso3,
        List<String> products,
        BigDecimal volumeKgPerYear,
        BigDecimal spendEur) {

    public SourcingPair {
        products = List.copyOf(products);
    }
}
