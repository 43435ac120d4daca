package nl.ketenwijs.supplychain.mapping;

/**
 * A supplier an import names on one origin of a product's raw material, at a tier; the country is null for
 * the unknown origin. A supplier the company has (by name in any case) is linked, another is created first.
 */
public record SupplierLinkImport(String product, String material, String countryIso3, String supplier, int tier) {}
