package nl.ketenwijs.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.riskknowledge.ChainExposure;
import nl.ketenwijs.riskknowledge.CommodityCountry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Counted across the demo sector's chains, which the demo loader gives every demo company. */
class SectorChainExposureIntegrationTests extends WebIntegrationTest {

    @Autowired
    ChainExposure exposure;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void countsTheCompaniesWhoseChainHasAPair() {
        // Cocoa from Côte d'Ivoire: the chocolate makers, the supermarkets' own brands, the hazelnut paste.
        assertThat(exposure.companiesSourcing(Set.of(new CommodityCountry("cocoa", "CIV"))))
                .isGreaterThanOrEqualTo(5);
        assertThat(exposure.companiesSourcing(Set.of(new CommodityCountry("saffron", "AFG"))))
                .isEqualTo(1);
        assertThat(exposure.companiesSourcing(
                        Set.of(new CommodityCountry("saffron", "AFG"), new CommodityCountry("saffron", "IRN"))))
                .as("a company with two of the pairs counts once")
                .isEqualTo(1);
        assertThat(exposure.companiesSourcing(Set.of(new CommodityCountry("quinoa", "NLD"))))
                .isZero();
    }

    @Test
    void theChainsStayClosedToTheRestOfTheTransaction() {
        long visibleAfterwards = new TransactionTemplate(transactions).execute(status -> {
            exposure.companiesSourcing(Set.of(new CommodityCountry("cocoa", "CIV")));
            return appJdbc.sql("SELECT count(*) FROM raw_material")
                    .query(Long.class)
                    .single();
        });
        assertThat(visibleAfterwards).isZero();
    }
}
