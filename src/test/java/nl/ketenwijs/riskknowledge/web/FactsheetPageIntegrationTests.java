package nl.ketenwijs.riskknowledge.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenwijs.WebIntegrationTest;
import org.junit.jupiter.api.Test;

class FactsheetPageIntegrationTests extends WebIntegrationTest {

    @Test
    void theCocoaFactsheetShowsItsNamesCodesAndIlabListingsForIvoryCoastAndGhana() throws Exception {
        mvc.perform(get("/grondstoffen/cocoa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Cacao</h1>")))
                .andExpect(content().string(containsString("cacaobonen")))
                .andExpect(content().string(containsString("cocoa beans")))
                .andExpect(content().string(containsString("1801, 1802")))
                .andExpect(content().string(containsString("Cacao, koffie en thee")))
                // Ghana and Ivory Coast: cocoa listed for child labour, Ivory Coast also for forced labour.
                .andExpect(content()
                        .string(matchesPattern("(?s).*<th scope=\"row\">Ghana</th>\\s*<td lang=\"en\">Cocoa</td>\\s*"
                                + "<td>ja</td>.*<td>2022</td>.*")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*<th scope=\"row\">Ivoorkust</th>\\s*<td lang=\"en\">Cocoa</td>\\s*<td>ja</td>.*")))
                .andExpect(content().string(containsString("geen productievolumes")))
                .andExpect(content().string(containsString("aria-labelledby=\"overview-title overview-desc\"")))
                .andExpect(content().string(containsString("<title>Ivoorkust: zeer hoog</title>")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/risicocheck?commodity=Cacao&amp;country=Ivoorkust\">Ivoorkust</a>")))
                .andExpect(content()
                        .string(containsString("href=\"/risicocheck/kaart?commodity=Cacao&amp;theme=child_labour\"")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aCommodityThatIlabDoesNotListSaysSoAndNotThatItsRiskIsLow() throws Exception {
        mvc.perform(get("/grondstoffen/oats"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De ILAB-lijst noemt geen goed van deze grondstof")))
                .andExpect(content().string(not(containsString("class=\"ilab-listings\""))));
    }

    @Test
    void anUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/grondstoffen/unobtainium")).andExpect(status().isNotFound());
    }

    @Test
    void strangersSeeItInEnglishWhenTheyAsk() throws Exception {
        mvc.perform(get("/grondstoffen/cocoa").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Cocoa</h1>")))
                .andExpect(content().string(containsString("Entries on the ILAB List of Goods")))
                .andExpect(content().string(containsString("<th scope=\"row\">Côte d’Ivoire</th>")))
                .andExpect(content().string(containsString("the shipped data hold no production volumes")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theIndexListsEveryCommodityByCategoryInThePageLanguage() throws Exception {
        mvc.perform(get("/grondstoffen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Cacao, koffie en thee</h2>")))
                .andExpect(content().string(containsString("<a href=\"/grondstoffen/cocoa\">Cacao</a>")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/grondstoffen").param("lang", "en"))
                .andExpect(content().string(containsString("<h2>Cocoa, coffee and tea</h2>")))
                .andExpect(content().string(containsString("<a href=\"/grondstoffen/cocoa\">Cocoa</a>")));
    }

    @Test
    void theSourcesPageNamesTheMapDataAndLinksTheFactsheets() throws Exception {
        mvc.perform(get("/bronnen"))
                .andExpect(content().string(containsString("Made with Natural Earth")))
                .andExpect(content().string(containsString("countries_110m_slim.geojson")))
                .andExpect(content().string(containsString("href=\"/grondstoffen\"")));
    }
}
