package nl.ketenwijs.supplychain;

import java.util.UUID;

/**
 * Something in a company's chain that keeps its risks hidden: a raw material the knowledge base does not
 * know yet, or one whose origin the company does not know. A gap to close, never a sign of safety.
 */
public record ChainGap(Kind kind, UUID materialId, String product, String material, String commodityCode) {

    public enum Kind {
        UNCLASSIFIED,
        UNKNOWN_ORIGIN
    }
}
