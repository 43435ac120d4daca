package nl.ketenwijs.supplychain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.supplychain.picture.ChainDiagram;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

class ChainMapIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Test
    void theChocolateMakersMapShowsCocoaFromIvoryCoastAsVeryHighWithATable() throws Exception {
        String page = page(accounts.loadUserByUsername("editor@cacaohuis-zaandam.example"), "en");

        assertThat(page)
                .containsPattern("<th scope=\"row\">C\u00f4te d\u2019Ivoire</th>\\s*<td>very high</td>")
                .contains("href=\"/risicocheck?commodity=cocoa&amp;country=CIV\"")
                .contains("not in your chain");
        Document map = svg(page, "world-map");
        assertThat(map.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(map.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Where your raw materials come from");
        assertThat(page)
                .containsPattern("class=\"level-very-high\" d=\"[^\"]+\"><title>C\u00f4te d\u2019Ivoire: very high");
        assertThat(page).containsPattern("class=\"map-outside\" d=\"[^\"]+\"><title>Brazil: not in your chain");

        Document diagram = svg(page, "chain-diagram");
        assertThat(diagram.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(diagram.getDocumentElement().getTextContent())
                .contains("Cacaomassa")
                .contains("C\u00f4te d\u2019Ivoire: very high");
    }

    @Test
    void gapsAreShownAsGapsNeverAsSafe() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        UUID company = fixtures.aCompany();
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        ChainFixture chain = new ChainFixture(mvc, fixtures.aPersonIn(company, Role.COMPANY_EDITOR));
        UUID bar = chain.product("Reep <b>", "");
        chain.material(bar, "Geheime smaakstof", "", "Ghana", "", "", "");
        chain.material(bar, "Vanille", "vanilla", "onbekend", "", "", "");

        String page = page(viewer, "nl");
        assertThat(page)
                .contains("Vanille in Reep &lt;b&gt;: herkomst onbekend")
                .contains("Geheime smaakstof in Reep &lt;b&gt;: niet ingedeeld in de kennisbank")
                .containsPattern("<th scope=\"row\">Ghana</th>\\s*<td>onbekend</td>")
                .containsPattern("class=\"level-unknown\" d=\"[^\"]+\"><title>Ghana: onbekend");
        Document diagram = svg(page, "chain-diagram");
        assertThat(diagram.getDocumentElement().getTextContent())
                .contains("Reep <b>")
                .contains("Herkomst onbekend")
                .contains("Geheime smaakstof (niet ingedeeld)");
    }

    @Test
    void aChainTooLargeToDrawIsShownAsAListOnly() throws Exception {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        UUID company = fixtures.aCompany();
        Account editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
        ChainFixture chain = new ChainFixture(mvc, editor);
        // Four hundred links in one statement each way keeps the test quick: origins are distinct countries.
        UUID product = chain.product("Alles", "");
        String countries = "NLD, BEL, DEU, FRA, ESP, PRT, ITA, AUT, CHE, POL";
        for (int i = 0; i < ChainDiagram.MAX_LINKS / 10 + 1; i++) {
            chain.material(product, "Grondstof " + i, "", countries, "", "", "");
        }
        String page = page(editor, "nl");
        assertThat(page)
                .contains("Uw keten heeft " + (ChainDiagram.MAX_LINKS + 10) + " verbindingen")
                .doesNotContain("class=\"chain-diagram\"")
                .contains("Grondstof 20");
    }

    @Test
    void onlyCompaniesSeeAChainMap() throws Exception {
        mvc.perform(get("/chain/map").with(user(new TestOrganisations(jdbc, accounts).secretariatAdmin())))
                .andExpect(status().isForbidden());
    }

    private String page(Account account, String language) throws Exception {
        return mvc.perform(get("/chain/map").with(user(account)).param("lang", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The SVG of the given class, parsed by an XML parser: well-formed, or the test fails. */
    private static Document svg(String page, String cssClass) throws Exception {
        Matcher matcher = Pattern.compile("<svg [^>]*class=\"" + cssClass + "\".*?</svg>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as("an SVG of class " + cssClass).isTrue();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(matcher.group().getBytes(StandardCharsets.UTF_8)));
    }
}
