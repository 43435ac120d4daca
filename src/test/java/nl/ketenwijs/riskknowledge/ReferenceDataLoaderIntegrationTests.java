package nl.ketenwijs.riskknowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.riskknowledge.reference.ReferenceDataLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReferenceDataLoaderIntegrationTests extends WebIntegrationTest {

    @Autowired
    ReferenceDataLoader loader;

    @Test
    void loadingAgainChangesNothing() {
        List<Long> before = counts();
        loader.load();
        loader.load();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shipsEveryIsoCountryAndKosovo() {
        assertThat(count("country")).isEqualTo(250);
        assertThat(count("country_alias")).isGreaterThan(700);
    }

    @Test
    void shipsTheCuratedCommoditiesWithTheirCodesAndSynonyms() {
        assertThat(count("commodity")).isGreaterThanOrEqualTo(120);
        assertThat(count("commodity_hs_code")).isGreaterThanOrEqualTo(count("commodity"));
        assertThat(count("commodity_synonym")).isGreaterThan(200);
        assertThat(count("commodity_ilab_good")).isGreaterThan(60);
    }

    @Test
    void shipsOneActiveEditionOfEveryEvidenceDataSet() {
        assertThat(jdbc.sql("SELECT data_set || ' ' || edition FROM evidence_edition WHERE active ORDER BY 1")
                        .query(String.class)
                        .list())
                .containsExactly("ilab_findings 2022", "ilab_goods 2022", "tree_cover_loss 2001-2023", "wgi 2023");
        // 467 ILAB pairs with four flags each, the other data sets with their own rows.
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM evidence_value WHERE data_set = 'ilab_goods' AND field = 'child_labor'")
                        .query(Long.class)
                        .single())
                .isEqualTo(467);
    }

    private List<Long> counts() {
        return List.of(
                count("country"),
                count("country_alias"),
                count("commodity"),
                count("commodity_synonym"),
                count("commodity_hs_code"),
                count("commodity_ilab_good"),
                count("evidence_edition"),
                count("evidence_value"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
