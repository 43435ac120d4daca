package nl.ketenwijs.riskknowledge.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;

/** Commodities, countries and source rows for rule tests, without a database. */
final class Fixtures {

    static final Commodity COCOA = new Commodity("cocoa", "cocoa_coffee_tea", "Cocoa", "Cacao", List.of("1801"));
    static final Commodity COCONUT =
            new Commodity("coconut", "fruit_nuts", "Coconut", "Kokosnoot", List.of("080111", "151311"));
    static final Commodity PALM_KERNEL_OIL =
            new Commodity("palm_kernel_oil", "oils_fats", "Palm kernel oil", "Palmpitolie", List.of("151321"));
    static final Country IVORY_COAST = new Country("CI", "CIV", "Côte d'Ivoire", "Ivoorkust");

    private Fixtures() {}

    static SourceRow countryRow(EvidenceSet set, String field, String value) {
        return new SourceRow(set, set.shippedEdition(), "CIV", "", Map.of(field, value));
    }

    static SourceRow cocoaListing(String childLabor, String forcedLabor, String forcedChildLabor) {
        return new SourceRow(
                EvidenceSet.ILAB_GOODS,
                "2022",
                "CIV",
                "Cocoa",
                Map.of("child_labor", childLabor, "forced_labor", forcedLabor, "forced_child_labor", forcedChildLabor));
    }

    static Evidence evidence(SourceRow... rows) {
        return new Evidence(List.of(rows), Map.of("cocoa", Set.of("Cocoa")));
    }
}
