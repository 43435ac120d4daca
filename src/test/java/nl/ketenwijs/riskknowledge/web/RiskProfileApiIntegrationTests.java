package nl.ketenwijs.riskknowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.riskknowledge.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RiskProfileApiIntegrationTests extends WebIntegrationTest {

    @Test
    void strangersGetTheProfileByDutchNameAndCountryNameWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/risk-profiles")
                        .param("commodity", "cacaobonen")
                        .param("country", "Ivoorkust"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.commodity.code").value("cocoa"))
                .andExpect(jsonPath("$.country.iso2").value("CI"))
                .andExpect(jsonPath("$.country.iso3").value("CIV"))
                .andExpect(jsonPath("$.themes", hasSize(Theme.values().length)))
                .andExpect(jsonPath("$.themes[0].theme").value("child_labour"))
                .andExpect(jsonPath("$.themes[0].level").value("very_high"))
                .andExpect(jsonPath("$.themes[0].reasons[0].dataSet").value("ilab_goods"))
                .andExpect(jsonPath("$.themes[0].reasons[0].edition").value("2022"))
                .andExpect(jsonPath("$.themes[0].reasons[0].rule").value("ilab_listing_child_labour"))
                .andExpect(jsonPath("$.themes[*].theme", hasItem("corruption")))
                .andExpect(jsonPath("$.themes[*].theme", hasItem("deforestation")));
    }

    @Test
    void findsTheCommodityByHsCodeAndTheCountryByIso2() throws Exception {
        mvc.perform(get("/api/v1/risk-profiles").param("commodity", "0901").param("country", "br"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commodity.code").value("coffee"))
                .andExpect(jsonPath("$.country.iso3").value("BRA"));
    }

    @Test
    void anUnknownCommodityIsNotFoundWithSuggestions() throws Exception {
        mvc.perform(get("/api/v1/risk-profiles").param("commodity", "cacoa").param("country", "GH"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.parameter").value("commodity"))
                .andExpect(jsonPath("$.suggestions", hasItem("Cocoa")));
    }

    @Test
    void anUnknownCountryIsNotFoundWithSuggestions() throws Exception {
        mvc.perform(get("/api/v1/risk-profiles").param("commodity", "cocoa").param("country", "Ghanna"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.parameter").value("country"))
                .andExpect(jsonPath("$.suggestions", hasItem("Ghana")));
    }

    @Test
    void aNameNothingComesCloseToSaysWhatToTypeInstead() throws Exception {
        mvc.perform(get("/api/v1/risk-profiles").param("commodity", "xyz").param("country", "GH"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.suggestions").isEmpty())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("no name comes close"),
                                org.hamcrest.Matchers.containsString("HS code"))));
    }

    @Test
    void theApiIsRateLimitedPerClient() throws Exception {
        // Twice the limit: a minute that turns during the loop resets the count once at most.
        int status = 200;
        for (int i = 0; i < 122 && status == 200; i++) {
            status = mvc.perform(get("/api/v1/risk-profiles")
                            .param("commodity", "koffie")
                            .param("country", "BR")
                            .with(request -> {
                                request.setRemoteAddr("192.0.2.61");
                                return request;
                            }))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        assertThat(status).as("a request over 60 within a minute").isEqualTo(429);
    }
}
