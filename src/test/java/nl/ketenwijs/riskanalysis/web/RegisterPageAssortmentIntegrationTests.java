package nl.ketenwijs.riskanalysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.riskanalysis.RiskRegisters;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.MaterialInput;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.ProductImport;
import nl.ketenwijs.supplychain.mapping.Quantities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register page of a company with a large assortment stays a page: a text filter, the first gaps. */
class RegisterPageAssortmentIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    ChainStore chainStore;

    @Autowired
    RiskRegisters registers;

    @Test
    void manyProductsAreFilteredByTypingAndManyGapsAreCountedNotListed() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        UUID company = fixtures.aCompany();
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        List<ProductImport> assortment = new ArrayList<>();
        IntStream.rangeClosed(1, 70)
                .forEach(n -> assortment.add(new ProductImport(
                        "Reep " + n,
                        null,
                        List.of(
                                new MaterialInput("Cacaobonen", "cocoa", Quantities.NONE, List.of(new Origin("GHA"))),
                                new MaterialInput("Suiker", "cane_sugar", Quantities.NONE, List.of(Origin.UNKNOWN))))));
        tenantScope.asOrganisation(company, () -> {
            chainStore.addImport(company, assortment);
            return null;
        });
        await().atMost(Duration.ofSeconds(20))
                .until(() -> tenantScope
                                .asOrganisation(company, () -> registers.ranked(company))
                                .size()
                        == Theme.values().length);

        String page = mvc.perform(get("/register").with(user(viewer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("type=\"search\" id=\"product\"", "Een deel van de productnaam")
                .doesNotContain("<option value=\"Reep 1\"")
                .contains("En nog 50 in uw keten");

        String filtered = mvc.perform(
                        get("/register").param("product", "reep 7").with(user(viewer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(filtered).contains("value=\"reep 7\"", Theme.values().length + " risico\u2019s passen");
        String none = mvc.perform(get("/register").param("product", "Taart").with(user(viewer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(none).contains(">0 risico\u2019s passen");
    }
}
