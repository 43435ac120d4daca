package nl.ketenwijs.supplychain.mapping;

/** What a supplier does in the chain; stored by its lower-case name. */
public enum SupplierKind {
    TRADER,
    PROCESSOR,
    MANUFACTURER,
    EXPORTER,
    COOPERATIVE,
    PLANTATION,
    FARM,
    FACTORY,
    OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static SupplierKind ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
