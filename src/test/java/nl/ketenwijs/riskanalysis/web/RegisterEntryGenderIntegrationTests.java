package nl.ketenwijs.riskanalysis.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A company that buys cocoa from Ivory Coast and coffee from Brazil: the shipped knowledge base marks gender
 * aspects for cocoa (for every origin) and none for coffee.
 */
class RegisterEntryGenderIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    Account viewer;

    @BeforeEach
    void aCompanyWithCocoaAndCoffee() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        var company = fixtures.aCompany();
        Account editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
        viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        String product = mvc.perform(
                        post("/chain/products").with(user(editor)).with(csrf()).param("name", "Ontbijt"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .replaceAll("^/chain/products/([0-9a-f-]+).*$", "$1");
        for (String[] material : new String[][] {{"Cacaobonen", "Ivoorkust"}, {"Koffiebonen", "Brazilië"}}) {
            mvc.perform(post("/chain/products/" + product + "/materials")
                            .with(user(editor))
                            .with(csrf())
                            .param("name", material[0])
                            .param("origins", material[1]))
                    .andExpect(status().is3xxRedirection());
        }
        // The register is evaluated after the chain changed, not within the request.
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mvc.perform(entry("cocoa", "CIV", "child_labour"))
                                        .andReturn()
                                        .getResponse()
                                        .getStatus()
                                == 200
                        && mvc.perform(entry("coffee", "BRA", "child_labour"))
                                        .andReturn()
                                        .getResponse()
                                        .getStatus()
                                == 200);
    }

    @Test
    void anEntryOfAPairWithGenderAspectsShowsTheGenderBoxWhateverItsTheme() throws Exception {
        mvc.perform(entry("cocoa", "CIV", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gender: risico’s voor vrouwen")))
                .andExpect(content().string(containsString("Onbetaald gezinswerk van vrouwen")))
                .andExpect(content().string(containsString("Toegang van vrouwen tot land en krediet")));
        mvc.perform(entry("cocoa", "CIV", "discrimination_gender").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gender: risks for women")))
                .andExpect(content().string(containsString("Unpaid family labour of women")))
                .andExpect(content().string(containsString("Marked on: Discrimination")));
    }

    @Test
    void anEntryOfAPairWithoutGenderAspectsShowsNoBox() throws Exception {
        mvc.perform(entry("coffee", "BRA", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("gender-box"))));
    }

    private MockHttpServletRequestBuilder entry(String commodity, String country, String theme) {
        return get("/register/entry")
                .with(user(viewer))
                .param("commodity", commodity)
                .param("country", country)
                .param("theme", theme);
    }
}
