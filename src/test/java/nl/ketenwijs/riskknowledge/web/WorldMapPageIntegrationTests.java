package nl.ketenwijs.riskknowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenwijs.WebIntegrationTest;
import org.junit.jupiter.api.Test;

class WorldMapPageIntegrationTests extends WebIntegrationTest {

    @Test
    void cocoaOnChildLabourColoursIvoryCoastVeryHighAndListsItInTheTable() throws Exception {
        String page = mvc.perform(
                        get("/risicocheck/kaart").param("commodity", "cacao").param("theme", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Kinderarbeid bij Cacao</h2>")))
                .andExpect(content().string(containsString("role=\"img\" aria-labelledby=\"map-title map-desc\"")))
                .andExpect(content().string(containsString("Made with Natural Earth")))
                .andExpect(content().string(not(containsString("??"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<path class=\"level-very-high\"");
        Matcher ivoryCoast = Pattern.compile(
                        "<path class=\"([a-z-]+)\" d=\"[^\"]+\"><title>Ivoorkust: zeer hoog</title>")
                .matcher(page);
        assertThat(ivoryCoast.find()).as("Ivory Coast drawn with its level").isTrue();
        assertThat(ivoryCoast.group(1)).isEqualTo("level-very-high");
        String veryHighRow = tableRow(page, "zeer hoog");
        assertThat(veryHighRow)
                .contains(
                        "<a href=\"/risicocheck?commodity=Cacao&amp;country=Ivoorkust#ci-child_labour\">Ivoorkust</a>")
                .contains(">Ghana</a>");
        assertThat(page)
                .as("a small island the map does not draw is still in the table")
                .contains(">Mauritius</a>");
    }

    @Test
    void anUnknownCommodityGivesNamesToChooseFromNotAnError() throws Exception {
        mvc.perform(get("/risicocheck/kaart").param("commodity", "cacoa").param("theme", "forced_labour"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De naam „cacoa“ kennen we niet.")))
                .andExpect(content()
                        .string(containsString("href=\"/risicocheck/kaart?commodity=Cacao&amp;theme=forced_labour\"")))
                .andExpect(content().string(not(containsString("<svg"))));
    }

    @Test
    void anUnknownThemeIsSaidAtItsFieldAndDrawsNoMap() throws Exception {
        mvc.perform(get("/risicocheck/kaart").param("commodity", "cacao").param("theme", "happiness"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het thema „happiness“ kennen we niet.")))
                .andExpect(content().string(containsString("aria-describedby=\"theme-error\"")))
                .andExpect(content().string(not(containsString("<svg"))));
    }

    @Test
    void theFormAloneOffersEveryThemeByGroup() throws Exception {
        mvc.perform(get("/risicocheck/kaart"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<optgroup label=\"Arbeid\">")))
                .andExpect(content().string(containsString("<option value=\"child_labour\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<option value=\"corruption\">")))
                .andExpect(content().string(not(containsString("kennen we niet"))));
    }

    @Test
    void strangersSeeItInEnglishWhenTheyAsk() throws Exception {
        mvc.perform(get("/risicocheck/kaart")
                        .param("commodity", "cocoa")
                        .param("theme", "child_labour")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Child labour in Cocoa</h2>")))
                .andExpect(content().string(containsString("<title>Côte d’Ivoire: very high</title>")))
                .andExpect(content().string(containsString("The boundaries on the map imply no endorsement")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theRiskCheckLinksEachThemeToItsMapAndTheFactsheet() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", "Ghana"))
                .andExpect(content()
                        .string(containsString("href=\"/risicocheck/kaart?commodity=Cacao&amp;theme=deforestation\"")))
                .andExpect(content().string(containsString("href=\"/grondstoffen/cocoa\"")));
    }

    /** The table row of one level: its header cell and the countries in it. */
    private static String tableRow(String page, String level) {
        int start = page.indexOf("<th scope=\"row\">" + level + " (");
        assertThat(start).as("row of " + level).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
