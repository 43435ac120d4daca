package nl.ketenwijs.grievance.routing;

/**
 * What a handler routes a case by: a commodity of the knowledge base and a country (alpha-3, as chains name
 * it), and/or a supplier named in the complaint. Any may be missing.
 */
public record RoutingCriteria(String commodityCode, String countryIso3, String supplierName) {

    public static final RoutingCriteria NONE = new RoutingCriteria(null, null, null);

    public RoutingCriteria {
        commodityCode = blankToNull(commodityCode);
        countryIso3 = blankToNull(countryIso3);
        supplierName = blankToNull(supplierName);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
