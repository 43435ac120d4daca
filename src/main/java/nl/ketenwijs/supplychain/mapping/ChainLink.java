package nl.ketenwijs.supplychain.mapping;

/**
 * One line of a company's chain as it is exported: a product, one of its raw materials and one of that raw
 * material's origins. A product without raw materials has no material (null name); a raw material without a
 * known origin has a null country, which reads as unknown.
 */
public record ChainLink(
        String product,
        String articleCode,
        String material,
        String commodityCode,
        String countryIso3,
        Quantities quantities) {}
