package nl.ketenwijs.quickscan.scan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a company answered in its quick scan: what it sells, and per product its main raw materials. */
public record Answers(List<ScanProduct> products) {

    public static final Answers NONE = new Answers(List.of());

    public Answers {
        products = List.copyOf(products);
    }

    public boolean hasProducts() {
        return !products.isEmpty();
    }

    public boolean hasMaterials() {
        return products.stream().anyMatch(product -> !product.materials().isEmpty());
    }

    public List<ScanMaterial> materials() {
        return products.stream().flatMap(p -> p.materials().stream()).toList();
    }

    /** The (commodity, country) pairs the answers name, in the order they were given. */
    public Set<List<String>> pairs() {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (ScanMaterial material : materials()) {
            if (material.hasCommodity()) {
                material.countries().forEach(country -> pairs.add(List.of(material.commodityCode(), country)));
            }
        }
        return pairs;
    }

    /**
     * New products in place of the old ones; a product that keeps its name (in any case) keeps its raw
     * materials, so going back to fix a typo in one product loses nothing of the others.
     */
    public Answers withProducts(List<String> names) {
        List<ScanProduct> next = new ArrayList<>();
        for (String name : names) {
            List<ScanMaterial> kept = products.stream()
                    .filter(p -> p.name().equalsIgnoreCase(name))
                    .findFirst()
                    .map(ScanProduct::materials)
                    .orElse(List.of());
            next.add(new ScanProduct(name, kept));
        }
        return new Answers(next);
    }

    /** Per product (in order) its raw materials; a raw material that keeps its name keeps its origins. */
    public Answers withMaterials(List<List<ScanMaterial>> materials) {
        List<ScanProduct> next = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            ScanProduct product = products.get(i);
            next.add(new ScanProduct(
                    product.name(),
                    materials.get(i).stream()
                            .map(m -> m.withCountries(product.material(m.name())
                                    .map(ScanMaterial::countries)
                                    .orElse(List.of())))
                            .toList()));
        }
        return new Answers(next);
    }

    /** Per raw material, in the order of {@link #materials()}, its countries (empty: not known). */
    public Answers withOrigins(List<List<String>> countries) {
        List<ScanProduct> next = new ArrayList<>();
        int index = 0;
        for (ScanProduct product : products) {
            List<ScanMaterial> materials = new ArrayList<>();
            for (ScanMaterial material : product.materials()) {
                materials.add(material.withCountries(countries.get(index++)));
            }
            next.add(new ScanProduct(product.name(), materials));
        }
        return new Answers(next);
    }
}
