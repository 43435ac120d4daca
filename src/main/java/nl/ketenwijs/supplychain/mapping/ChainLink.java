package nl.ketenwijs.supplychain.mapping;

import java.util.List;

/**
 * One line of a company's chain as it is exported: a product, one of its raw materials and one of that raw
 * material's origins. A product without raw materials has no material (null name); a raw material without a
 * known origin has a null country, which reads as unknown. {@code suppliers} are the suppliers on the way from
 * that origin, in tier order.
 */
public record ChainLink(
        String product,
        String articleCode,
        String material,
        String commodityCode,
        String countryIso3,
        Quantities quantities,
        List<TieredName> suppliers) {

    public ChainLink {
        suppliers = List.copyOf(suppliers);
    }
}
