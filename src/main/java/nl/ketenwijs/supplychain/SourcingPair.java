package nl.ketenwijs.supplychain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One raw material (a knowledge-base commodity) from one country in a company's chain, with the products
 * it goes into and the company's yearly volume and spend for it, summed over those products where known;
 * and what the company recorded of its suppliers (the rule is the {@code sourcing_pair} view's).
 *
 * @param certifications the certifications the pair's supply holds, in the list's order
 * @param hasSuppliers whether any supplier is recorded for any origin of the pair
 * @param auditFailed whether the last audit of a supplier on the pair failed
 */
public record SourcingPair(
        String commodityCode,
        String countryIso3,
        List<String> products,
        BigDecimal volumeKgPerYear,
        BigDecimal spendEur,
        List<Certification> certifications,
        boolean hasSuppliers,
        boolean auditFailed) {

    public SourcingPair {
        products = List.copyOf(products);
        certifications = List.copyOf(certifications);
    }

    /** A pair without any supplier recorded. */
    public SourcingPair(
            String commodityCode,
            String countryIso3,
            List<String> products,
            BigDecimal volumeKgPerYear,
            BigDecimal spendEur) {
        this(commodityCode, countryIso3, products, volumeKgPerYear, spendEur, List.of(), false, false);
    }
}
