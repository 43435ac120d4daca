package nl.ketenwijs.quickscan.scan;

/**
 * Something the scan found it cannot judge: a raw material of unknown origin, one the knowledge base does
 * not know, or a commodity and country the knowledge base has no data on. A thing to find out, never a
 * sign of safety.
 */
public record Gap(Kind kind, String product, String material, String commodityCode, String countryIso3) {

    public enum Kind {
        UNKNOWN_ORIGIN,
        UNCLASSIFIED,
        NO_DATA;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
