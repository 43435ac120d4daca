package nl.ketenwijs.supplychain.mapping;

import java.util.List;

/** What a person or an import says about a raw material; the origins replace the ones recorded before. */
public record MaterialInput(String name, String commodityCode, Quantities quantities, List<Origin> origins) {

    public MaterialInput {
        origins = origins.stream().distinct().toList();
    }
}
