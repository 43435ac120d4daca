package nl.ketenwijs.supplychain.mapping;

/** A country a raw material comes from, by ISO alpha-3; null when the company does not know. */
public record Origin(String iso3) {

    public static final Origin UNKNOWN = new Origin(null);

    public boolean isUnknown() {
        return iso3 == null;
    }
}
