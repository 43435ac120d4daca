package nl.ketenwijs.quickscan.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenwijs.quickscan.scan.ScanMaterial;
import nl.ketenwijs.quickscan.scan.ScanProduct;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.Match;
import org.springframework.stereotype.Component;

/**
 * Reads the answers of the three question steps as a person typed them, or names each field that cannot be
 * read. Empty fields are spare rows and mean nothing; a raw material the knowledge base does not know is no
 * error (it is kept unclassified), and an origin left empty is an honest "don't know".
 */
@Component
class StepForms {

    static final int MAX_PRODUCTS = 10;
    static final int MAX_MATERIALS = 5;
    static final int MAX_COUNTRIES = 3;
    static final int MAX_NAME = 200;

    private final Commodities commodities;
    private final Countries countries;

    StepForms(Commodities commodities, Countries countries) {
        this.commodities = commodities;
        this.countries = countries;
    }

    /** Product names, each named in a message by its number: field product-0 is "Product 1". */
    List<String> products(List<String> fields, Problems problems) {
        if (fields.size() > MAX_PRODUCTS) {
            problems.add("product-0", "quickscan.products.tooMany", MAX_PRODUCTS);
            return List.of();
        }
        List<String> names = names(fields, "product-", problems, "quickscan.products", new Object[0]);
        if (names.isEmpty() && problems.isEmpty()) {
            problems.add("product-0", "quickscan.products.required");
        }
        return names;
    }

    /** Per product, its raw materials, classified by name where the knowledge base knows them. */
    List<List<ScanMaterial>> materials(List<ScanProduct> products, List<List<String>> fields, Problems problems) {
        List<List<ScanMaterial>> materials = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            String product = products.get(i).name();
            List<String> given = fields.get(i);
            String prefix = "material-" + i + "-";
            if (given.size() > MAX_MATERIALS) {
                problems.add(prefix + 0, "quickscan.materials.tooMany", product, MAX_MATERIALS);
                materials.add(List.of());
                continue;
            }
            List<String> names = names(given, prefix, problems, "quickscan.materials", new Object[] {product});
            if (names.isEmpty()) {
                problems.add(prefix + 0, "quickscan.materials.required", product);
            }
            materials.add(names.stream()
                    .map(name -> new ScanMaterial(
                            name,
                            commodities.match(name).found().map(Commodity::code).orElse(null),
                            List.of()))
                    .toList());
        }
        return materials;
    }

    /** Per raw material (in the order of the answers), the countries it comes from; none: not known. */
    List<List<String>> origins(
            List<ScanMaterial> materials, List<List<String>> fields, Locale locale, Problems problems) {
        List<List<String>> origins = new ArrayList<>();
        for (int j = 0; j < materials.size(); j++) {
            String material = materials.get(j).name();
            List<String> given = fields.get(j);
            String prefix = "origin-" + j + "-";
            if (given.size() > MAX_COUNTRIES) {
                problems.add(prefix + 0, "quickscan.origins.tooMany", material, MAX_COUNTRIES);
                origins.add(List.of());
                continue;
            }
            Set<String> found = new java.util.LinkedHashSet<>();
            for (int k = 0; k < given.size(); k++) {
                String text = given.get(k) == null ? "" : given.get(k).strip();
                if (text.isEmpty()) {
                    continue;
                }
                Match<Country> match = text.length() > MAX_NAME ? Match.none(List.of()) : countries.match(text);
                if (match.isFound()) {
                    found.add(match.found().get().iso3());
                } else if (match.suggestions().isEmpty()) {
                    problems.add(prefix + k, "quickscan.origins.unknown", k + 1, material, text);
                } else {
                    problems.add(
                            prefix + k,
                            "quickscan.origins.suggest",
                            k + 1,
                            material,
                            text,
                            match.suggestions().stream()
                                    .map(c -> c.name(locale))
                                    .collect(Collectors.joining(", ")));
                }
            }
            origins.add(List.copyOf(found));
        }
        return origins;
    }

    /**
     * The filled-in names of a list of fields, stripped; a name too long or given twice (in any case) is
     * named by its number. Messages get the number first, then the given arguments.
     */
    private static List<String> names(
            List<String> fields, String prefix, Problems problems, String messages, Object[] arguments) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < fields.size(); k++) {
            String name = fields.get(k) == null ? "" : fields.get(k).strip();
            if (name.isEmpty()) {
                continue;
            }
            Object[] withNumber = new Object[arguments.length + 2];
            withNumber[0] = k + 1;
            System.arraycopy(arguments, 0, withNumber, 1, arguments.length);
            withNumber[withNumber.length - 1] = MAX_NAME;
            if (name.length() > MAX_NAME) {
                problems.add(prefix + k, messages + ".tooLong", withNumber);
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(prefix + k, messages + ".twice", withNumber);
            } else {
                names.add(name);
            }
        }
        return names;
    }
}
