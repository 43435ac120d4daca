package nl.ketenwijs.riskknowledge.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenwijs.WebIntegrationTest;
import org.junit.jupiter.api.Test;

class SourcesPageIntegrationTests extends WebIntegrationTest {

    @Test
    void strangersSeeEveryDataSetInDutchByDefault() throws Exception {
        mvc.perform(get("/bronnen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Bronnen</h1>")))
                .andExpect(content().string(containsString("Publiek domein")))
                .andExpect(content().string(containsString("Editie 2022")))
                .andExpect(content().string(containsString("HS 2022")))
                .andExpect(content().string(containsString("Unicode License")))
                .andExpect(content().string(containsString("commodities.csv")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void strangersSeeItInEnglishWhenTheyAsk() throws Exception {
        mvc.perform(get("/bronnen").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Sources</h1>")))
                .andExpect(content().string(containsString("Public domain")))
                .andExpect(content().string(containsString("2022 edition")))
                .andExpect(content().string(not(containsString("??"))));
    }
}
