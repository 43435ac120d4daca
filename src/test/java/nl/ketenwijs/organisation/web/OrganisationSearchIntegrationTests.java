package nl.ketenwijs.organisation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenwijs.organisation.AccountDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The secretariat admin narrows the list of organisations, with or without JavaScript. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationSearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Test
    void aNameAndAKindNarrowTheList() throws Exception {
        mvc.perform(asAdmin(get("/organisations").param("q", "CACAO").param("kind", "COMPANY")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cacaohuis Zaandam")))
                .andExpect(content().string(not(containsString("Koffiebranderij De Boon"))))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(asAdmin(get("/organisations").param("kind", "PARTNER")))
                .andExpect(content().string(containsString("Fair Harvest Alliance")))
                .andExpect(content().string(not(containsString("Cacaohuis Zaandam"))));
    }

    @Test
    void wildcardsAreSearchedForAsThemselves() throws Exception {
        mvc.perform(asAdmin(get("/organisations").param("q", "%")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Cacaohuis Zaandam"))));
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        mvc.perform(asAdmin(get("/organisations").param("q", "koffie").header("HX-Request", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"organisation-results\"")))
                .andExpect(content().string(containsString("Koffiebranderij De Boon")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void onlyTheSecretariatAdminSearches() throws Exception {
        mvc.perform(get("/organisations")
                        .param("q", "cacao")
                        .with(user(accounts.loadUserByUsername("admin@cacaohuis-zaandam.example"))))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername("admin@secretariaat.example")));
    }
}
