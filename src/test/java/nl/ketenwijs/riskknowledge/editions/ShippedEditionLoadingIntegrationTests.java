package nl.ketenwijs.riskknowledge.editions;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import nl.ketenwijs.riskknowledge.reference.ReferenceDataLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Loading the shipped editions at start leaves the secretariat's editions and its choice alone. */
class ShippedEditionLoadingIntegrationTests extends WebIntegrationTest {

    private static final String SELECT_RANK = "SELECT value FROM evidence_value WHERE data_set = 'wgi'"
            + " AND edition = '2023' AND iso3 = 'NLD' AND field = 'cc_pctrank'";

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    EditionStore store;

    @AfterEach
    void restoreTheShippedEdition() {
        jdbc.sql("UPDATE evidence_edition SET loaded_by = NULL WHERE data_set = 'wgi' AND edition = '2023'")
                .update();
        store.switchTo(EvidenceSet.WGI, "2023", "test restore");
        jdbc.sql("DELETE FROM evidence_edition WHERE loaded_by IS NOT NULL").update();
        loader.load();
    }

    @Test
    void anUploadedEditionSwitchedOnStaysActive() {
        jdbc.sql("INSERT INTO evidence_edition (data_set, edition, loaded_by) VALUES ('wgi', 'test-2099', 'x')")
                .update();
        store.switchTo(EvidenceSet.WGI, "test-2099", "someone");

        loader.load();

        assertThat(store.active(EvidenceSet.WGI).orElseThrow().edition()).isEqualTo("test-2099");
    }

    @Test
    void anUploadedEditionWithTheShippedNameIsNotRewritten() {
        jdbc.sql("UPDATE evidence_edition SET loaded_by = 'someone' WHERE data_set = 'wgi' AND edition = '2023'")
                .update();
        jdbc.sql("UPDATE evidence_value SET value = '3.5' WHERE data_set = 'wgi' AND edition = '2023'"
                        + " AND iso3 = 'NLD' AND field = 'cc_pctrank'")
                .update();

        loader.load();

        assertThat(jdbc.sql(SELECT_RANK).query(String.class).single()).isEqualTo("3.5");
    }
}
