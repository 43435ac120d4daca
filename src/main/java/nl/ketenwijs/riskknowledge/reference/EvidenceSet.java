package nl.ketenwijs.riskknowledge.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The shipped data sets whose rows are evidence for risk levels, with the edition in the jar and the fields
 * the rules read. A new edition gets a new constant's edition (or an upload) and lies next to the old one.
 */
public enum EvidenceSet {
    ILAB_GOODS(
            "ilab_goods",
            "2022",
            "reference/ilab/ilab_tvpra_list_of_goods_2022.csv",
            "good",
            List.of("child_labor", "forced_labor", "forced_child_labor", "derived_labor_exploitation")),
    ILAB_FINDINGS(
            "ilab_findings",
            "2022",
            "reference/ilab/ilab_child_labor_findings_2022_by_country.csv",
            null,
            List.of("advancement_level_2022", "working_children_share", "working_children_age_range")),
    WGI(
            "wgi",
            "2023",
            "reference/wgi/wgi_2023_by_country.csv",
            null,
            List.of("cc_pctrank", "rl_pctrank", "va_pctrank")),
    TREE_COVER_LOSS(
            "tree_cover_loss",
            "2001-2023",
            "reference/treecover/tree_cover_loss_by_country_summary.csv",
            null,
            List.of("loss_ha_2019_2023_mean", "loss_ha_2001_2023_total"));

    private final String code;
    private final String shippedEdition;
    private final String file;
    private final String subjectColumn;
    private final List<String> fields;

    EvidenceSet(String code, String shippedEdition, String file, String subjectColumn, List<String> fields) {
        this.code = code;
        this.shippedEdition = shippedEdition;
        this.file = file;
        this.subjectColumn = subjectColumn;
        this.fields = fields;
    }

    /** Stable: stored with every row and cited in every reason. */
    public String code() {
        return code;
    }

    public String shippedEdition() {
        return shippedEdition;
    }

    /** The shipped file in the jar; its header names the columns an uploaded edition may have. */
    public String file() {
        return file;
    }

    /** The column that says what a row is about within its country, or null for one row per country. */
    public String subjectColumn() {
        return subjectColumn;
    }

    /** The fields the rules read, stored for every row. */
    public List<String> fields() {
        return fields;
    }

    public static Optional<EvidenceSet> byCode(String code) {
        return Arrays.stream(values()).filter(set -> set.code.equals(code)).findFirst();
    }
}
