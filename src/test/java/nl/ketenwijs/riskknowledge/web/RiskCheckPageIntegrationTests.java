package nl.ketenwijs.riskknowledge.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenwijs.WebIntegrationTest;
import org.junit.jupiter.api.Test;

class RiskCheckPageIntegrationTests extends WebIntegrationTest {

    @Test
    void strangersSeeTheFormWithoutLoggingIn() throws Exception {
        mvc.perform(get("/risicocheck"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Risicocheck</h1>")))
                .andExpect(content().string(containsString("<label for=\"commodity\">Grondstof</label>")))
                .andExpect(content().string(containsString("<label for=\"country\">Land van herkomst</label>")))
                .andExpect(content().string(containsString("<option value=\"Cacao\">")))
                .andExpect(content().string(containsString("href=\"/bronnen\"")))
                .andExpect(content().string(not(containsString("kennen we niet"))))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void cocoaFromIvoryCoastShowsVeryHighChildLabourWithItsIlabReasonInDutch() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", "Ivoorkust"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Risico van Cacao uit Ivoorkust")))
                .andExpect(content().string(containsString("<h3>Arbeid</h3>")))
                .andExpect(content().string(containsString("<h4>Kinderarbeid</h4>")))
                .andExpect(content().string(containsString("<span>zeer hoog</span>")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "ILAB noemt Cacao uit dit land (op de lijst als ‘Cocoa’) als gemaakt met kinderarbeid")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "(bron: ILAB-lijst van goederen gemaakt met kinderarbeid of dwangarbeid, editie 2022)")))
                .andExpect(content().string(containsString("Breng uw leveranciers van deze grondstof")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void countryFiguresAreFormattedForTheLanguageOfThePage() throws Exception {
        // Nigeria: ILAB's share of working children is 0.15 and ILAB does not list tomatoes from there.
        mvc.perform(get("/risicocheck").param("commodity", "tomaat").param("country", "Nigeria"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In dit land werkt 15% van de kinderen.")));
        mvc.perform(get("/risicocheck")
                        .param("commodity", "tomato")
                        .param("country", "Nigeria")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In this country 15% of children work.")));
        // Cocoa falls under the EUDR; Nigeria lost some 85 thousand hectares a year.
        mvc.perform(get("/risicocheck")
                        .param("commodity", "cocoa")
                        .param("country", "Nigeria")
                        .param("lang", "en"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "(?s).*lost [0-9]{2},[0-9]{3} ha of tree cover a year.*")));
    }

    @Test
    void anUnknownLevelSaysUnknownIsNotLow() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", "Ivoorkust"))
                .andExpect(content().string(containsString("<h4>Dierenwelzijn</h4>")))
                .andExpect(content().string(containsString("<span>onbekend</span>")))
                .andExpect(content().string(containsString("Onbekend is niet laag")))
                .andExpect(content().string(containsString("Vraag uw leveranciers wat zij over dit thema weten")));
    }

    @Test
    void strangersSeeItInEnglishWhenTheyAsk() throws Exception {
        mvc.perform(get("/risicocheck")
                        .param("commodity", "cocoa")
                        .param("country", "Ivory Coast")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Risk check</h1>")))
                .andExpect(content().string(containsString("<h4>Child labour</h4>")))
                .andExpect(content().string(containsString("<span>very high</span>")))
                .andExpect(content().string(containsString("produced with child labour")))
                .andExpect(content().string(containsString("Map your suppliers of this raw material")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void anUnknownCommodityShowsNamesToChooseFromOnTheForm() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacoa").param("country", "Ghana"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De naam „cacoa“ kennen we niet.")))
                .andExpect(content().string(containsString("aria-describedby=\"commodity-error\"")))
                .andExpect(content().string(containsString("href=\"/risicocheck?commodity=Cacao&amp;country=Ghana\"")))
                .andExpect(content().string(not(containsString("<h3>"))));
    }

    @Test
    void aMissingCountryIsAskedForAtItsField() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"country-hint country-error\"")))
                .andExpect(content().string(containsString("Vul dit veld in.")));
    }

    @Test
    void severalCountriesGiveOneResultEach() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", "Ivoorkust, Ghana"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Risico van Cacao uit Ivoorkust")))
                .andExpect(content().string(containsString("Risico van Cacao uit Ghana")))
                .andExpect(content().string(containsString("id=\"gh-child_labour\"")));
    }

    @Test
    void aSuggestionForOneOfSeveralCountriesKeepsTheOthers() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", "Ivoorkust, Ghanna"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De naam „Ghanna“ kennen we niet.")))
                .andExpect(content()
                        .string(containsString("href=\"/risicocheck?commodity=cacao&amp;country=Ivoorkust,%20Ghana\"")))
                .andExpect(content().string(not(containsString("<h3>"))));
    }

    @Test
    void switchingLanguageKeepsTheCheck() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", "Ivoorkust"))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/risicocheck?commodity=cacao&amp;country=Ivoorkust&amp;lang=en\"")));
    }
}
