package nl.ketenwijs.supplychain.imports;

import java.util.List;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.Quantities;
import nl.ketenwijs.supplychain.mapping.TieredName;

/**
 * How one row of the file is read. {@code material} is null for a row that names only a product (as the
 * export writes a product without raw materials); {@code commodityCode} is null while unclassified;
 * {@code suppliers} stand on each of the row's origins, in the order the row names them.
 */
public record ImportRow(
        int row,
        String product,
        String articleCode,
        String material,
        String commodityCode,
        List<Origin> origins,
        Quantities quantities,
        List<TieredName> suppliers) {

    public ImportRow {
        origins = List.copyOf(origins);
        suppliers = List.copyOf(suppliers);
    }

    /** As the export writes them: "Cocoa Trading BV (1); Coopérative de Soubré (3)". */
    public String suppliersText() {
        return TieredName.joined(suppliers);
    }
}
