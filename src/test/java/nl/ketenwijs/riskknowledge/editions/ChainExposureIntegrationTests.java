package nl.ketenwijs.riskknowledge.editions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.riskknowledge.ChainExposure;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.CommodityCountry;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.reference.EvidenceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Once a module records company chains, the preview asks it about exactly the pairs that change. */
class ChainExposureIntegrationTests extends WebIntegrationTest {

    private static final String CANDIDATE = "test-chains";

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    EditionStore store;

    @Autowired
    EditionUploads uploads;

    @Autowired
    Commodities commodities;

    @Autowired
    Countries countries;

    @AfterEach
    void deleteTheCandidate() {
        store.delete(EvidenceSet.ILAB_GOODS, CANDIDATE);
    }

    @Test
    void theCompaniesSourcingAChangedPairAreCountedByTheChainModule() throws IOException {
        String shipped = new ClassPathResource("reference/ilab/ilab_tvpra_list_of_goods_2022.csv")
                .getContentAsString(StandardCharsets.UTF_8);
        uploads.upload(
                EvidenceSet.ILAB_GOODS,
                CANDIDATE,
                (shipped + "Cocoa,Agriculture,Ecuador,ECU,,Yes,No,No,No,,\n").getBytes(StandardCharsets.UTF_8),
                "test");
        Set<CommodityCountry> asked = new HashSet<>();
        ChainExposure chains = pairs -> {
            asked.addAll(pairs);
            return 3;
        };
        EditionComparison comparison = new EditionComparison(
                appJdbc,
                store,
                commodities,
                countries,
                new StaticListableBeanFactory(Map.of("chains", chains)).getBeanProvider(ChainExposure.class));

        Comparison compared = comparison.compare(EvidenceSet.ILAB_GOODS, "2022", CANDIDATE);

        assertThat(compared.companies()).isEqualTo(3);
        assertThat(asked).containsExactly(new CommodityCountry("cocoa", "ECU"));
    }
}
