package nl.ketenwijs.supplychain.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.supplychain.mapping.SupplierKind;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ChainApiIntegrationTests extends WebIntegrationTest {

    /** Documented demo tokens (see MeApiIntegrationTests). */
    static final String CACAOHUIS_EDITOR = "kwdemo-cacaohuis-editor-7f3a9c2e41b8d613";

    static final String SECRETARIAT_ADMIN = "kwdemo-secretariaat-admin-9c4e7a1d3f62b805";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SupplierStore supplierStore;

    @Autowired
    TenantScope tenantScope;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    @Test
    void aCompanysTokenGetsItsChainWithNamesInBothLanguages() throws Exception {
        String cocoaPaste = "$.products[?(@.name == 'Cacaomassa')]";
        mvc.perform(get("/api/v1/chain").header("Authorization", "Bearer " + CACAOHUIS_EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath(cocoaPaste + ".materials[0].name").value(contains("Cacaobonen")))
                .andExpect(jsonPath(cocoaPaste + ".materials[0].commodity.code").value(contains("cocoa")))
                .andExpect(
                        jsonPath(cocoaPaste + ".materials[0].commodity.nameNl").value(contains("Cacao")))
                .andExpect(
                        jsonPath(cocoaPaste + ".materials[0].volumeKgPerYear").value(contains(2400000)))
                .andExpect(
                        jsonPath(cocoaPaste + ".materials[0].origins[*].iso3").value(hasItem("CIV")))
                .andExpect(
                        jsonPath(cocoaPaste + ".materials[0].origins[*].nameNl").value(hasItem("Ivoorkust")))
                .andExpect(jsonPath(cocoaPaste + ".materials[0].origins[*].nameEn")
                        .value(hasItem("C\u00f4te d\u2019Ivoire")));
    }

    @Test
    void anUnclassifiedRawMaterialOfUnknownOriginIsSaidSoWithNumbersAsNumbers() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        UUID company = fixtures.aCompany();
        Account editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
        ChainFixture chain = new ChainFixture(mvc, editor);
        chain.material(chain.product("Reep", "R-1"), "Geheime smaakstof", "", "onbekend", "2,5", "", "");

        mvc.perform(get("/api/v1/chain").with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.products.length()").value(1))
                .andExpect(jsonPath("$.products[0].name").value("Reep"))
                .andExpect(jsonPath("$.products[0].articleCode").value("R-1"))
                .andExpect(jsonPath("$.products[0].materials[0].commodity").isEmpty())
                .andExpect(jsonPath("$.products[0].materials[0].sharePercent").value(2.5))
                .andExpect(jsonPath("$.products[0].materials[0].spendEur").isEmpty())
                .andExpect(jsonPath("$.products[0].materials[0].origins[0].unknown")
                        .value(true))
                .andExpect(jsonPath("$.products[0].materials[0].origins[0]").value(not(hasKey("iso3"))));
    }

    @Test
    void eachOriginNamesItsSuppliersByTierAndTheCompanysSuppliersComeWithTheirDetails() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        UUID company = fixtures.aCompany();
        Account editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
        ChainFixture chain = new ChainFixture(mvc, editor);
        chain.material(chain.product("Reep", ""), "Cacaobonen", "cocoa", "Ivoorkust, onbekend", "", "", "");
        SupplierFixture suppliers = new SupplierFixture(supplierStore, tenantScope, appJdbc, company);
        UUID trader = suppliers.supplier("Cocoa Trading BV", SupplierKind.TRADER);
        UUID cooperative = suppliers.supplier("Coop\u00e9rative de Soubr\u00e9", SupplierKind.COOPERATIVE);
        UUID idle = suppliers.supplier("Reserve BV", SupplierKind.PROCESSOR);
        suppliers.link("Cacaobonen", "CIV", cooperative, 3);
        suppliers.link("Cacaobonen", "CIV", trader, 1);
        suppliers.link("Cacaobonen", null, trader, 2);
        mvc.perform(post("/chain/suppliers/" + idle)
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Reserve BV")
                        .param("kind", "processor")
                        .param("lang", "nl")
                        .param("country", "Nederland")
                        .param("place", "Zaandam")
                        .param("certifications", "organic", "fairtrade")
                        .param("auditDate", "1-3-2026")
                        .param("auditScheme", "SMETA")
                        .param("auditResult", "failed"))
                .andExpect(status().is3xxRedirection());

        UUID stranger = fixtures.aCompany();
        ChainFixture theirs = new ChainFixture(mvc, fixtures.aPersonIn(stranger, Role.COMPANY_EDITOR));
        theirs.material(theirs.product("Reep", ""), "Cacaobonen", "cocoa", "Ivoorkust", "", "", "");
        SupplierFixture theirSuppliers = new SupplierFixture(supplierStore, tenantScope, appJdbc, stranger);
        theirSuppliers.link("Cacaobonen", "CIV", theirSuppliers.supplier("Geheime handelaar", SupplierKind.TRADER), 2);

        String origins = "$.products[0].materials[0].origins";
        String idleJson = "$.suppliers[?(@.name == 'Reserve BV')]";
        mvc.perform(get("/api/v1/chain").with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(origins + "[0].iso3").value("CIV"))
                .andExpect(jsonPath(origins + "[0].suppliers[*].name")
                        .value(contains("Cocoa Trading BV", "Coop\u00e9rative de Soubr\u00e9")))
                .andExpect(jsonPath(origins + "[0].suppliers[*].tier").value(contains(1, 3)))
                .andExpect(jsonPath(origins + "[0].suppliers[0].id").value(trader.toString()))
                .andExpect(jsonPath(origins + "[1].unknown").value(true))
                .andExpect(jsonPath(origins + "[1].suppliers[*].tier").value(contains(2)))
                .andExpect(jsonPath("$.suppliers[*].name")
                        .value(contains("Cocoa Trading BV", "Coop\u00e9rative de Soubr\u00e9", "Reserve BV")))
                .andExpect(jsonPath("$.suppliers[0].kind").value("trader"))
                .andExpect(jsonPath("$.suppliers[0].lastAudit").isEmpty())
                .andExpect(jsonPath(idleJson + ".id").value(contains(idle.toString())))
                .andExpect(jsonPath(idleJson + ".countryIso3").value(contains("NLD")))
                .andExpect(jsonPath(idleJson + ".place").value(contains("Zaandam")))
                .andExpect(jsonPath(idleJson + ".certifications[*]").value(contains("fairtrade", "organic")))
                .andExpect(jsonPath(idleJson + ".lastAudit.date").value(contains("2026-03-01")))
                .andExpect(jsonPath(idleJson + ".lastAudit.scheme").value(contains("SMETA")))
                .andExpect(jsonPath(idleJson + ".lastAudit.result").value(contains("failed")))
                .andExpect(content().string(not(containsString("Geheime handelaar"))));
    }

    @Test
    void anotherKindOfOrganisationHasNoChain() throws Exception {
        mvc.perform(get("/api/v1/chain").header("Authorization", "Bearer " + SECRETARIAT_ADMIN))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/chain")).andExpect(status().isUnauthorized());
    }
}
