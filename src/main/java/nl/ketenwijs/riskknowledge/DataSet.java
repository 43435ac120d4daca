package nl.ketenwijs.riskknowledge;

import java.util.List;

/**
 * A data set shipped inside the application, with the files it came in. Its name, edition, origin and
 * licence are message keys ({@code sources.<code>.*}), so the sources page says them in Dutch and English.
 */
public enum DataSet {
    COUNTRIES(
            "countries",
            "reference/countries/",
            List.of("countries_iso3166_en_nl.csv", "country_name_aliases.csv", "countries_user_assigned.csv")),
    HS("hs", "reference/hs/", List.of("harmonized-system.csv", "sections.csv")),
    ILAB(
            "ilab",
            "reference/ilab/",
            List.of("ilab_tvpra_list_of_goods_2022.csv", "ilab_child_labor_findings_2022_by_country.csv")),
    WGI("wgi", "reference/wgi/", List.of("wgi_2023_by_country.csv")),
    TREE_COVER_LOSS("treecover", "reference/treecover/", List.of("tree_cover_loss_by_country_summary.csv")),
    COMMODITIES("commodities", "reference/commodities/", List.of("commodities.csv")),
    GEO("geo", "reference/geo/", List.of("countries_110m_slim.geojson"));

    private final String code;
    private final String folder;
    private final List<String> files;

    DataSet(String code, String folder, List<String> files) {
        this.code = code;
        this.folder = folder;
        this.files = files;
    }

    public String code() {
        return code;
    }

    /** Where in the jar the files and their SOURCE.md lie. */
    public String folder() {
        return folder;
    }

    public List<String> files() {
        return files;
    }

    public String messageKey(String part) {
        return "sources." + code + "." + part;
    }
}
