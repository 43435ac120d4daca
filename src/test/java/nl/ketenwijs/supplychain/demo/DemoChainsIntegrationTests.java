package nl.ketenwijs.supplychain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoChainsIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theDemoChocolateMakerBuysCocoaFromIvoryCoastAndGhana() throws Exception {
        mvc.perform(get("/chain")
                        .with(user(accounts.loadUserByUsername("editor@cacaohuis-zaandam.example")))
                        .param("lang", "nl"))
                .andExpect(content().string(containsString("Cacaomassa")))
                .andExpect(content().string(containsString("<span>Cacao</span>")))
                .andExpect(content().string(containsString("<span>Ivoorkust</span>")))
                .andExpect(content().string(containsString("<span>Ghana</span>")));
    }

    @Test
    void loadingAgainAddsNothingToAChainThatExists() {
        UUID cacaohuis = new TestOrganisations(jdbc, accounts).organisationNamed("Cacaohuis Zaandam");
        long before = materials(cacaohuis);

        events.publishEvent(new DemoSectorLoaded(Map.of("Cacaohuis Zaandam", cacaohuis)));

        assertThat(materials(cacaohuis)).isEqualTo(before).isPositive();
    }

    @Test
    void everyCompanyInTheDemoChainsIsADemoCompany() {
        var names = DemoChains.rows().stream()
                .map(DemoChains.Row::company)
                .distinct()
                .toList();
        var known = jdbc.sql("SELECT name FROM organisation WHERE kind = 'COMPANY' AND name IN (:names)")
                .param("names", names)
                .query(String.class)
                .list();
        assertThat(known).containsExactlyInAnyOrderElementsOf(names).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void demoCompaniesHaveSuppliersOverTiersAndLoadingAgainAddsNone() {
        TestOrganisations organisations = new TestOrganisations(jdbc, accounts);
        UUID cacaohuis = organisations.organisationNamed("Cacaohuis Zaandam");
        UUID koffie = organisations.organisationNamed("Koffiebranderij De Boon");
        assertThat(count(koffie, "SELECT count(*) FROM supplier"))
                .as("the cross-tenant test's victim")
                .isPositive();
        assertThat(count(
                        cacaohuis,
                        "SELECT count(DISTINCT tier) FROM origin_supplier l JOIN material_origin o"
                                + " ON o.id = l.material_origin_id WHERE o.country_iso3 = 'CIV'"))
                .isEqualTo(2);
        long links = count(cacaohuis, "SELECT count(*) FROM origin_supplier");

        events.publishEvent(new DemoSectorLoaded(Map.of("Cacaohuis Zaandam", cacaohuis)));

        assertThat(count(cacaohuis, "SELECT count(*) FROM origin_supplier")).isEqualTo(links);
    }

    @Test
    void everyDemoSupplierStandsOnAnOriginOfItsCompanysChain() {
        var chains = DemoChains.rows();
        DemoSuppliers.rows()
                .forEach(row -> assertThat(row.links())
                        .allSatisfy(link -> assertThat(chains)
                                .as(row.supplier().name() + " on " + link)
                                .anySatisfy(chain -> {
                                    assertThat(chain.company()).isEqualTo(row.company());
                                    assertThat(chain.product()).isEqualTo(link.product());
                                    assertThat(chain.material()).isEqualTo(link.material());
                                    assertThat(chain.origins())
                                            .extracting(o -> o.iso3())
                                            .contains(link.iso3());
                                })));
    }

    private long count(UUID company, String sql) {
        return tenantScope.asOrganisation(
                company, () -> appJdbc.sql(sql).query(Long.class).single());
    }

    private long materials(UUID company) {
        return tenantScope.asOrganisation(
                company,
                () -> appJdbc.sql("SELECT count(*) FROM raw_material")
                        .query(Long.class)
                        .single());
    }
}
