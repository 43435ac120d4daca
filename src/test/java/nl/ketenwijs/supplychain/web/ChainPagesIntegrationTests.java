package nl.ketenwijs.supplychain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

class ChainPagesIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    TestOrganisations fixtures;
    UUID company;
    Account editor;

    @BeforeEach
    void setUp() {
        fixtures = new TestOrganisations(jdbc, accounts);
        company = fixtures.aCompany();
        editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
    }

    @Test
    void anEditorMapsAProductWithARawMaterialAndItsOrigins() throws Exception {
        UUID product = addProduct("Melkchocolade 200 g");
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Cacaobonen")
                        .param("commodityCode", "")
                        .param("origins", "Ivoorkust, GH, onbekend")
                        .param("sharePercent", "32,5")
                        .param("volumeKgPerYear", "12.000")
                        .param("spendEur", "")
                        .param("lang", "nl"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/chain/products/" + product + "?added=*"));

        assertThat(rows(
                        "SELECT m.name, m.commodity_code, m.share_percent::text, m.volume_kg_per_year::text,"
                                + " array_to_string(array_agg(coalesce(o.country_iso3, '?') ORDER BY o.country_iso3), ',') origins"
                                + " FROM raw_material m JOIN material_origin o ON o.raw_material_id = m.id"
                                + " WHERE m.product_id = ? GROUP BY m.id",
                        product))
                .containsExactly(Map.of(
                        "name", "Cacaobonen",
                        "commodity_code", "cocoa",
                        "share_percent", "32.50",
                        "volume_kg_per_year", "12000.000",
                        "origins", "CIV,GHA,?"));

        mvc.perform(get("/chain").with(user(editor)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Melkchocolade 200 g")))
                .andExpect(content().string(containsString("<span>Cacao</span>")))
                .andExpect(content().string(containsString("<span>Ivoorkust</span>")))
                .andExpect(content().string(containsString("<strong class=\"gap\">onbekend</strong>")))
                .andExpect(content().string(containsString("32,5 %")))
                .andExpect(content().string(containsString("12.000 kg per jaar")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aRawMaterialTheKnowledgeBaseDoesNotKnowIsKeptUnclassifiedAsAGap() throws Exception {
        UUID product = addProduct("Kruidenmix");
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Geheime kruidenmengeling")
                        .param("origins", ""))
                .andExpect(status().is3xxRedirection());

        assertThat(rows(
                        "SELECT coalesce(m.commodity_code, 'none') AS commodity, coalesce(o.country_iso3, '?') AS origin"
                                + " FROM raw_material m JOIN material_origin o ON o.raw_material_id = m.id WHERE m.product_id = ?",
                        product))
                .as("unclassified, and an empty origin is recorded as unknown")
                .containsExactly(Map.of("commodity", "none", "origin", "?"));
        mvc.perform(get("/chain/products/" + product).with(user(editor)).param("lang", "en"))
                .andExpect(content().string(containsString("<strong class=\"gap\">Not classified</strong>")));
    }

    @Test
    void fieldsThatCannotBeReadAreNamedAndNothingIsStored() throws Exception {
        UUID product = addProduct("Sinaasappelsap");
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Sinaasappelen")
                        .param("origins", "Brazillie, Atlantis")
                        .param("sharePercent", "120")
                        .param("volumeKgPerYear", "veel")
                        .param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Controleer de gemarkeerde velden")))
                .andExpect(content()
                        .string(containsString("\u2018Brazillie\u2019 kennen we niet als land. Bedoelt u: Brazilië")))
                .andExpect(content().string(containsString("\u2018Atlantis\u2019 kennen we niet als land.")))
                .andExpect(content().string(containsString("Aandeel in het product: kies een getal groter dan 0")))
                .andExpect(content().string(containsString("Volume: \u2018veel\u2019 is geen getal")))
                .andExpect(content().string(containsString("id=\"volumeKgPerYear-error\"")));

        assertThat(rows("SELECT id FROM raw_material WHERE product_id = ?", product))
                .isEmpty();
    }

    @Test
    void namesAreUniquePerCompanyInAnyCase() throws Exception {
        addProduct("Pindakaas");
        mvc.perform(post("/chain/products").with(user(editor)).with(csrf()).param("name", "PINDAKAAS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("u hebt al een product met deze naam")));

        UUID other = fixtures.aCompany();
        mvc.perform(post("/chain/products")
                        .with(user(fixtures.aPersonIn(other, Role.COMPANY_ADMIN)))
                        .with(csrf())
                        .param("name", "Pindakaas"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aViewerReadsButCannotChange() throws Exception {
        UUID product = addProduct("Thee");
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        mvc.perform(get("/chain").with(user(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thee")))
                .andExpect(content().string(not(containsString("/chain/products/new"))));
        mvc.perform(post("/chain/products/" + product + "/delete")
                        .with(user(viewer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/chain/products/" + product + "/materials/new").with(user(viewer)))
                .andExpect(status().isForbidden());
        assertThat(rows("SELECT id FROM product WHERE id = ?", product)).hasSize(1);
    }

    @Test
    void onlyCompaniesHaveAChain() throws Exception {
        mvc.perform(get("/chain").with(user(fixtures.secretariatAdmin()))).andExpect(status().isForbidden());
    }

    @Test
    void removingAProductRemovesItsRawMaterialsAndOrigins() throws Exception {
        UUID product = addProduct("Koffie");
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Koffiebonen")
                        .param("origins", "Brazil"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/chain/products/" + product + "/delete")
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/chain?deleted"));

        assertThat(rows(
                        "SELECT count(*) AS n FROM material_origin o JOIN raw_material m ON m.id = o.raw_material_id"
                                + " WHERE m.product_id = ?",
                        product))
                .containsExactly(Map.of("n", 0L));
    }

    @Test
    void anotherCompanysProductsAndRawMaterialsAreUnknownIds() throws Exception {
        UUID product = addProduct("Vanillesuiker");
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Vanille")
                        .param("origins", "Madagascar"))
                .andExpect(status().is3xxRedirection());
        UUID material = (UUID) rows("SELECT id FROM raw_material WHERE product_id = ?", product)
                .get(0)
                .get("id");
        Account stranger = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);

        mvc.perform(get("/chain/products/" + product).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/chain/materials/" + material).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/chain/products/" + product)
                        .with(user(stranger))
                        .with(csrf())
                        .param("name", "Gestolen"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(stranger))
                        .with(csrf())
                        .param("name", "Ingeschoven")
                        .param("origins", "Ghana"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/chain/materials/" + material + "/delete")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/chain/products/" + product + "/delete")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/chain").with(user(stranger)))
                .andExpect(content().string(not(containsString("Vanillesuiker"))));

        assertThat(rows(
                        "SELECT p.name AS product, m.name AS material FROM product p"
                                + " JOIN raw_material m ON m.product_id = p.id WHERE p.id = ?",
                        product))
                .containsExactly(Map.of("product", "Vanillesuiker", "material", "Vanille"));
    }

    private UUID addProduct(String name) throws Exception {
        MvcResult result = mvc.perform(post("/chain/products")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", name)
                        .param("articleCode", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return UUID.fromString(location.replaceAll("^/chain/products/([0-9a-f-]+).*$", "$1"));
    }

    /** As the company itself sees its rows: company data is closed even to the platform scope. */
    private List<Map<String, Object>> rows(String sql, Object... params) {
        return tenantScope.asOrganisation(
                company, () -> appJdbc.sql(sql).params(params).query().listOfRows());
    }
}
