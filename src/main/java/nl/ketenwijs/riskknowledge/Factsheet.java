package nl.ketenwijs.riskknowledge;

import java.util.List;

/**
 * What we know of a commodity itself, apart from any country: its other names, the ILAB goods it covers and
 * where the active ILAB edition lists those goods.
 */
public record Factsheet(
        Commodity commodity,
        List<String> synonymsNl,
        List<String> synonymsEn,
        List<String> ilabGoods,
        List<IlabListing> ilabListings) {

    public Factsheet {
        synonymsNl = List.copyOf(synonymsNl);
        synonymsEn = List.copyOf(synonymsEn);
        ilabGoods = List.copyOf(ilabGoods);
        ilabListings = List.copyOf(ilabListings);
    }
}
