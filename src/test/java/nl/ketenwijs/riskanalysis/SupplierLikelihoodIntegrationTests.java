package nl.ketenwijs.riskanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.CompanyChains;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a company's suppliers do to the likelihood in its register: cocoa from Côte d'Ivoire. */
class SupplierLikelihoodIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    RiskRegisters registers;

    @Autowired
    CompanyChains chains;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    UUID company;
    Account editor;
    UUID origin;

    @BeforeEach
    void aCompanyThatBuysCocoaFromIvoryCoast() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        company = fixtures.aCompany();
        editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
        String product = mvc.perform(
                        post("/chain/products").with(user(editor)).with(csrf()).param("name", "Reep"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .replaceAll("^/chain/products/([0-9a-f-]+).*$", "$1");
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Cacaobonen")
                        .param("origins", "Ivoorkust"))
                .andExpect(status().is3xxRedirection());
        origin = tenantScope.asOrganisation(
                company,
                () -> appJdbc.sql("SELECT id FROM material_origin")
                        .query(UUID.class)
                        .single());
        awaitLikelihood(Theme.CHILD_LABOUR, 5);
    }

    @Test
    void aCertificationAtTheTierClosestToTheOriginLowersTheThemesItCovers() throws Exception {
        link(supplier("Coop Soubré", "cooperative", "rainforest_alliance"), 1);

        awaitLikelihood(Theme.CHILD_LABOUR, 4);
        assertThat(entry(Theme.CORRUPTION).likelihood()).as("not covered").isEqualTo(3);
        assertThat(entry(Theme.DEFORESTATION).likelihood())
                .isEqualTo(RegisterEntry.likelihoodOf(entry(Theme.DEFORESTATION).level()));
        mvc.perform(page("child_labour"))
                .andExpect(
                        content().string(containsString("Rainforest Alliance certified supply: likelihood 5 \u2192 4")))
                .andExpect(content().string(containsString("20 of 25")));

        // A trader in between changes nothing: the cooperative is still closest to the origin.
        link(supplier("Abidjan Export", "exporter", null), 1);
        link(supplierId("Coop Soubré"), 2);
        assertThat(tenantScope.asOrganisation(company, () -> chains.pairs(company)))
                .singleElement()
                .satisfies(pair -> {
                    assertThat(pair.certifications()).containsExactly(Certification.RAINFOREST_ALLIANCE);
                    assertThat(pair.hasSuppliers()).isTrue();
                });

        // An uncertified farm further up: the certified supply no longer reaches the origin.
        link(supplier("Boerderij Kouassi", "farm", null), 3);
        awaitLikelihood(Theme.CHILD_LABOUR, 5);
        assertThat(entry(Theme.CHILD_LABOUR).adjustments()).isEmpty();
    }

    @Test
    void aFailedAuditRaisesTheLikelihood() throws Exception {
        UUID trader = supplier("Slechte Handel", "trader", null);
        mvc.perform(post("/chain/suppliers/" + trader)
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Slechte Handel")
                        .param("kind", "trader")
                        .param("auditDate", "2026-01-10")
                        .param("auditResult", "failed"))
                .andExpect(status().is3xxRedirection());
        link(trader, 1);

        awaitLikelihood(Theme.CORRUPTION, 4);
        assertThat(entry(Theme.CHILD_LABOUR).likelihood()).as("at most 5").isEqualTo(5);
        mvc.perform(page("corruption"))
                .andExpect(content().string(containsString("Last audit of a supplier failed: likelihood 3 \u2192 4")));
    }

    @Test
    void theCompanysOwnAdjustmentStillWins() throws Exception {
        link(supplier("Coop Soubré", "cooperative", "fairtrade"), 1);
        awaitLikelihood(Theme.CHILD_LABOUR, 4);

        mvc.perform(post("/register/entry")
                        .with(user(editor))
                        .with(csrf())
                        .param("commodity", "cocoa")
                        .param("country", "CIV")
                        .param("theme", "child_labour")
                        .param("decision", "ADJUSTED")
                        .param("severity", "5")
                        .param("likelihood", "5")
                        .param("reason", "De certificering dekt onze tussenhandelaar niet."))
                .andExpect(status().is3xxRedirection());

        RegisterEntry adjusted = entry(Theme.CHILD_LABOUR);
        assertThat(adjusted.likelihood()).isEqualTo(5);
        assertThat(adjusted.adjustments()).isEmpty();
        mvc.perform(page("child_labour"))
                .andExpect(content().string(containsString("Your own adjustment replaces what your suppliers show.")));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder page(String theme) {
        return get("/register/entry")
                .with(user(editor))
                .param("commodity", "cocoa")
                .param("country", "CIV")
                .param("theme", theme)
                .param("lang", "en");
    }

    private UUID supplier(String name, String kind, String certification) throws Exception {
        var request = post("/chain/suppliers")
                .with(user(editor))
                .with(csrf())
                .param("name", name)
                .param("kind", kind);
        if (certification != null) {
            request.param("certifications", certification);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return supplierId(name);
    }

    private UUID supplierId(String name) {
        return tenantScope.asOrganisation(
                company,
                () -> appJdbc.sql("SELECT id FROM supplier WHERE name = ?")
                        .param(name)
                        .query(UUID.class)
                        .single());
    }

    private void link(UUID supplier, int tier) throws Exception {
        mvc.perform(post("/chain/origins/" + origin + "/suppliers")
                        .with(user(editor))
                        .with(csrf())
                        .param("supplier", supplier.toString())
                        .param("tier", Integer.toString(tier)))
                .andExpect(status().is3xxRedirection());
    }

    private RegisterEntry entry(Theme theme) {
        return tenantScope.asOrganisation(company, () -> registers.ranked(company)).stream()
                .filter(e -> e.theme() == theme)
                .findFirst()
                .orElseThrow();
    }

    private void awaitLikelihood(Theme theme, int likelihood) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> tenantScope.asOrganisation(company, () -> registers.ranked(company)).stream()
                        .anyMatch(e -> e.theme() == theme
                                && Integer.valueOf(likelihood).equals(e.likelihood())));
    }
}
