package nl.ketenwijs.supplychain;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.MaterialInput;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.ProductImport;
import nl.ketenwijs.supplychain.mapping.Quantities;
import org.springframework.stereotype.Service;

/**
 * What other modules may add to a company's chain: products with raw materials and where they come from,
 * merged into the chain exactly as an import is (same names in any case are the same rows, origins are
 * added to), so adding the same entries twice changes nothing. Runs in the caller's transaction, as the
 * caller's company; the chain announces the change once, and the register follows.
 */
@Service
public class ChainEntries {

    private final ChainStore chain;

    ChainEntries(ChainStore chain) {
        this.chain = chain;
    }

    public void add(UUID organisation, List<ProductEntry> products) {
        chain.addImport(
                organisation,
                products.stream()
                        .map(product -> new ProductImport(
                                product.name(),
                                null,
                                product.materials().stream()
                                        .map(ChainEntries::material)
                                        .toList()))
                        .toList());
    }

    private static MaterialInput material(MaterialEntry material) {
        List<Origin> origins = material.countries().isEmpty()
                ? List.of(Origin.UNKNOWN)
                : material.countries().stream().map(Origin::new).toList();
        return new MaterialInput(material.name(), material.commodityCode(), Quantities.NONE, origins);
    }

    /** A product by its name, with its raw materials. */
    public record ProductEntry(String name, List<MaterialEntry> materials) {

        public ProductEntry {
            materials = List.copyOf(materials);
        }
    }

    /**
     * A raw material by the company's name for it, classified when commodityCode is not null; no countries
     * means the company does not know where it comes from, itself recorded as an unknown origin.
     */
    public record MaterialEntry(String name, String commodityCode, List<String> countries) {

        public MaterialEntry {
            countries = List.copyOf(countries);
        }
    }
}
