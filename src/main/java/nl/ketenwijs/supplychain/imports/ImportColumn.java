package nl.ketenwijs.supplychain.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A column an imported chain may have, with the headers it is known by in Dutch and English: the export's own
 * headers (so an exported file imports back) and the usual variants. Headers are compared without case,
 * accents, spaces or punctuation, so "Aandeel (%)" and "aandeel %" are one.
 */
public enum ImportColumn {
    PRODUCT("product", "productnaam", "productname", "naamproduct", "eindproduct"),
    ARTICLE_CODE("artikelcode", "artikelnummer", "articlecode", "articlenumber", "productcode", "sku"),
    MATERIAL("grondstof", "grondstoffen", "rawmaterial", "rawmaterials", "material", "ingredient", "ingredienten"),
    COMMODITY_CODE("codekennisbank", "kennisbankcode", "knowledgebasecode", "commoditycode"),
    COMMODITY("kennisbank", "grondstofinkennisbank", "knowledgebasecommodity", "commodity"),
    COUNTRY_ISO3("landiso3", "countryiso3", "iso3", "landcode", "countrycode"),
    COUNTRY(
            "land",
            "landen",
            "country",
            "countries",
            "herkomst",
            "herkomstland",
            "herkomstlanden",
            "landvanherkomst",
            "origin",
            "origins",
            "countryoforigin"),
    SHARE("aandeel", "aandeelpercent", "aandeelinproduct", "share", "sharepercent", "percentage"),
    VOLUME(
            "volume",
            "volumekg",
            "volumekgperjaar",
            "volumekgjaar",
            "volumekgperyear",
            "volumekgyear",
            "kgperjaar",
            "kgperyear",
            "hoeveelheidkg"),
    SPEND(
            "inkoopwaarde",
            "inkoopwaardeeur",
            "inkoopwaardeeurperjaar",
            "inkoopwaardeperjaar",
            "spend",
            "spendeur",
            "spendeurperyear",
            "spendperyear"),
    SUPPLIERS("leveranciers", "leverancier", "suppliers", "supplier", "ketenleveranciers", "supplychainsuppliers");

    /** Without these two the file says nothing the chain can hold. */
    public static final Set<ImportColumn> REQUIRED = Set.of(PRODUCT, MATERIAL);

    private final Set<String> headers;

    ImportColumn(String... headers) {
        this.headers = Set.of(headers);
    }

    /** The column a header names, if it is a known one. */
    public static Optional<ImportColumn> byHeader(String header) {
        String key = key(header);
        return Arrays.stream(values())
                .filter(column -> column.headers.contains(key))
                .findFirst();
    }

    /** A column by its name as a mapping form sends it; empty (ignored) for anything else. */
    public static Optional<ImportColumn> byName(String name) {
        return Arrays.stream(values())
                .filter(column -> column.name().equals(name))
                .findFirst();
    }

    public String messageKey() {
        return "chain.import.column." + name();
    }

    private static String key(String header) {
        return Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
