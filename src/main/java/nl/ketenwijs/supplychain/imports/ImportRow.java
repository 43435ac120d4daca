package nl.ketenwijs.supplychain.imports;

import java.util.List;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.Quantities;

/**
 * How one row of the file is read. {@code material} is null for a row that names only a product (as the
 * export writes a product without raw materials); {@code commodityCode} is null while unclassified.
 */
public record ImportRow(
        int row,
        String product,
        String articleCode,
        String material,
        String commodityCode,
        List<Origin> origins,
        Quantities quantities) {

    public ImportRow {
        origins = List.copyOf(origins);
    }
}
