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

    private List<Long> counts() {
        return List.of(
                count("country"),
                count("country_alias"),
                count("commodity"),
                count("commodity_synonym"),
                count("commodity_hs_code"),
                count("commodity_ilab_good"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
