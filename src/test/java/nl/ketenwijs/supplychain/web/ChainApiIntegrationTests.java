package nl.ketenwijs.supplychain.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChainApiIntegrationTests extends WebIntegrationTest {

    /** Documented demo tokens (see MeApiIntegrationTests). */
    static final String CACAOHUIS_EDITOR = "kwdemo-cacaohuis-editor-7f3a9c2e41b8d613";

    static final String SECRETARIAT_ADMIN = "kwdemo-secretariaat-admin-9c4e7a1d3f62b805";

    @Autowired
    AccountDirectory accounts;

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
    void anotherKindOfOrganisationHasNoChain() throws Exception {
        mvc.perform(get("/api/v1/chain").header("Authorization", "Bearer " + SECRETARIAT_ADMIN))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/chain")).andExpect(status().isUnauthorized());
    }
}
