package nl.ketenwijs.organisation.demo;

import java.util.List;

/** The fictional food sector of the demo: deterministic, so that the README's accounts always exist. */
final class DemoSectorData {

    static final String SUPERMARKETS = "Supermarktbranche Nederland";
    static final String FOOD_INDUSTRY = "Levensmiddelenindustrie Nederland";
    static final String SPICES = "Vereniging Specerijen en Kruiden";
    static final String SECRETARIAT = "Convenantsecretariaat Voedingsmiddelen";
    static final List<String> BRANCHES = List.of(SUPERMARKETS, FOOD_INDUSTRY, SPICES);
    static final List<String> PARTNERS = List.of("Fair Harvest Alliance", "FNV Wereldwijd Voedsel");

    static final List<DemoCompany> COMPANIES = List.of(
            company("Cacaohuis Zaandam", 45, FOOD_INDUSTRY),
            company("Koffiebranderij De Boon", 18, FOOD_INDUSTRY),
            company("Specerijenhandel Van Gelder", 22, SPICES),
            company("Grootgrutter Noord", 12500, SUPERMARKETS),
            company("Buurtsuper Keten Oost", 3400, SUPERMARKETS),
            company("Versmarkt Zuid", 860, SUPERMARKETS),
            company("Biologisch Winkelhuis", 140, SUPERMARKETS),
            company("Zuivelcoöperatie Het Weiland", 2100, FOOD_INDUSTRY),
            company("Noten en Zuidvruchten Hollandia", 65, FOOD_INDUSTRY, SPICES),
            company("Vanillehuis Delft", 9, SPICES),
            company("Pepermolen Import", 14, SPICES),
            company("Kaneel & Co", 7, SPICES),
            company("Kruidenmengerij Brabant", 38, SPICES, FOOD_INDUSTRY),
            company("Palmolie Raffinaderij Rijnmond", 420, FOOD_INDUSTRY),
            company("Sojaverwerking Botlek", 310, FOOD_INDUSTRY),
            company("Suikerfabriek Groningerland", 1200, FOOD_INDUSTRY),
            company("Bakkerij Gouden Korst", 95, FOOD_INDUSTRY),
            company("Chocolaterie Amstel", 32, FOOD_INDUSTRY),
            company("Theehandel Oosterlicht", 11, FOOD_INDUSTRY),
            company("Vishandel Noordzeekust", 54, FOOD_INDUSTRY),
            company("Tonijnconserven Scheveningen", 180, FOOD_INDUSTRY),
            company("Garnalenpellerij Zeeland", 120, FOOD_INDUSTRY),
            company("Vleeswaren Veluwe", 640, FOOD_INDUSTRY),
            company("Sapfabriek Sinaasappelgaard", 230, FOOD_INDUSTRY),
            company("Bananenrijperij Westland", 75, FOOD_INDUSTRY, SUPERMARKETS),
            company("Tomatenconserven Italia Import", 28, FOOD_INDUSTRY),
            company("Rijstpellerij Maasvlakte", 88, FOOD_INDUSTRY),
            company("Kokosproducten Tropica", 16, FOOD_INDUSTRY),
            company("Cashewbranderij Amsterdam", 24, FOOD_INDUSTRY, SPICES),
            company("Hazelnootpasta Fabriek Limburg", 275, FOOD_INDUSTRY),
            company("Snoepfabriek Zoete Zaken", 350, FOOD_INDUSTRY),
            company("Sauzenmakerij Smaakvol", 60, FOOD_INDUSTRY, SPICES),
            company("Diepvriesgroenten Flevoland", 520, FOOD_INDUSTRY),
            company("Kruidenierswinkels Samen", 4800, SUPERMARKETS),
            company("Online Supermarkt Snelbezorgd", 1900, SUPERMARKETS),
            company("Discountsuper Voordeel", 7600, SUPERMARKETS),
            company("Gemberhandel Oriënt", 6, SPICES),
            company("Saffraan Specialist", 4, SPICES),
            company("Nootmuskaat Compagnie", 19, SPICES),
            company("Kurkuma Import Rotterdam", 13, SPICES));

    private DemoSectorData() {}

    private static DemoCompany company(String name, int employees, String... branches) {
        return new DemoCompany(name, employees, List.of(branches));
    }
}
