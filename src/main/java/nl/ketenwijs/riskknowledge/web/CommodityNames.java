package nl.ketenwijs.riskknowledge.web;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import nl.ketenwijs.riskknowledge.Commodity;

/** Commodity names in the reader's language, in the reader's alphabetical order, for lists and choices. */
final class CommodityNames {

    private CommodityNames() {}

    static List<String> sorted(List<Commodity> commodities, Locale locale) {
        return commodities.stream()
                .map(commodity -> commodity.name(locale))
                .sorted(Collator.getInstance(locale))
                .toList();
    }
}
