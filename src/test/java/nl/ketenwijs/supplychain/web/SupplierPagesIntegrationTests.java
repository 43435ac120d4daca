package nl.ketenwijs.supplychain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class SupplierPagesIntegrationTests extends WebIntegrationTest {

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
    void anEditorAddsChangesAndRemovesASupplier() throws Exception {
        mvc.perform(supplier(editor, "/chain/suppliers", "Coopérative de Soubré")
                        .param("country", "Ivoorkust")
                        .param("place", "Soubré")
                        .param("certifications", "rainforest_alliance", "organic")
                        .param("auditDate", "12-5-2025")
                        .param("auditScheme", "Rainforest Alliance")
                        .param("auditResult", "conditional"))
                .andExpect(redirectedUrl("/chain/suppliers?added"));
        UUID id = supplierId("Coopérative de Soubré");
        assertThat(rows(
                        "SELECT kind, country_iso3, place, array_to_string(certifications, ',') AS certifications,"
                                + " audit_date::text, audit_result FROM supplier WHERE id = ?",
                        id))
                .containsExactly(Map.of(
                        "kind", "cooperative",
                        "country_iso3", "CIV",
                        "place", "Soubré",
                        "certifications", "rainforest_alliance,organic",
                        "audit_date", "2025-05-12",
                        "audit_result", "conditional"));
        mvc.perform(get("/chain/suppliers").with(user(editor)).param("lang", "nl"))
                .andExpect(content().string(containsString("Coopérative de Soubré")))
                .andExpect(
                        content().string(containsString("<span>Rainforest Alliance</span>, <span>Biologisch</span>")))
                .andExpect(content().string(containsString("voorwaardelijk goedgekeurd")));

        mvc.perform(supplier(editor, "/chain/suppliers/" + id, "Coopérative de Soubré SCOOPS")
                        .param("country", ""))
                .andExpect(redirectedUrl("/chain/suppliers?saved"));
        assertThat(rows("SELECT name, country_iso3, audit_date FROM supplier WHERE id = ?", id))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("name")).isEqualTo("Coopérative de Soubré SCOOPS");
                    assertThat(row.get("country_iso3")).isNull();
                    assertThat(row.get("audit_date"))
                            .as("an empty audit is no audit")
                            .isNull();
                });

        mvc.perform(post("/chain/suppliers/" + id + "/delete")
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(redirectedUrl("/chain/suppliers?deleted"));
        assertThat(rows("SELECT id FROM supplier WHERE id = ?", id)).isEmpty();
    }

    @Test
    void fieldsThatCannotBeReadAreNamedAndNothingIsStored() throws Exception {
        mvc.perform(post("/chain/suppliers")
                        .with(user(editor))
                        .with(csrf())
                        .param("lang", "nl")
                        .param("name", " ")
                        .param("kind", "smuggler")
                        .param("country", "Ivoorkusst")
                        .param("certifications", "bio-ish")
                        .param("auditDate", "31-2-2026")
                        .param("auditResult", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Naam: vul een naam in.")))
                .andExpect(content().string(containsString("Soort: kies wat voor leverancier dit is.")))
                .andExpect(content().string(containsString("Bedoelt u: Ivoorkust")))
                .andExpect(content().string(containsString("Certificeringen: kies uit de lijst.")))
                .andExpect(content().string(containsString("\u201831-2-2026\u2019 is geen datum")))
                .andExpect(content().string(containsString("Uitkomst: kies de uitkomst")))
                .andExpect(content().string(containsString("aria-describedby=\"kind-error\"")));
        mvc.perform(supplier(editor, "/chain/suppliers", "Handelaar").param("auditResult", "failed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Datum van de audit: vul de datum in")));
        assertThat(rows("SELECT id FROM supplier")).isEmpty();

        mvc.perform(supplier(editor, "/chain/suppliers", "Ecom")).andExpect(status().is3xxRedirection());
        mvc.perform(supplier(editor, "/chain/suppliers", "ECOM"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("u heeft al een leverancier met deze naam")));
    }

    @Test
    void aViewerReadsTheSuppliersButCannotChangeThem() throws Exception {
        mvc.perform(supplier(editor, "/chain/suppliers", "Olam")).andExpect(status().is3xxRedirection());
        UUID id = supplierId("Olam");
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);

        mvc.perform(get("/chain/suppliers").with(user(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Olam")))
                .andExpect(content().string(not(containsString("/chain/suppliers/new"))));
        mvc.perform(get("/chain/suppliers/new").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(supplier(viewer, "/chain/suppliers", "Nep")).andExpect(status().isForbidden());
        mvc.perform(supplier(viewer, "/chain/suppliers/" + id, "Anders")).andExpect(status().isForbidden());
        mvc.perform(post("/chain/suppliers/" + id + "/delete")
                        .with(user(viewer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(rows("SELECT name FROM supplier")).containsExactly(Map.of("name", "Olam"));
    }

    @Test
    void suppliersStandOnAnOriginAtTiersAndStayWhenTheRawMaterialChanges() throws Exception {
        UUID material = cocoaFrom("Ivoorkust, Ghana");
        mvc.perform(supplier(editor, "/chain/suppliers", "Ivoire Export")).andExpect(status().is3xxRedirection());
        mvc.perform(supplier(editor, "/chain/suppliers", "Coop Soubré")).andExpect(status().is3xxRedirection());
        UUID ivoryCoast = origin(material, "CIV");

        link(ivoryCoast, supplierId("Ivoire Export"), 1)
                .andExpect(redirectedUrl("/chain/materials/" + material + "?linked#suppliers"));
        link(ivoryCoast, supplierId("Coop Soubré"), 3);
        link(ivoryCoast, supplierId("Coop Soubré"), 2);
        link(ivoryCoast, supplierId("Coop Soubré"), 6).andExpect(status().isBadRequest());

        mvc.perform(get("/chain/materials/" + material).with(user(editor)).param("lang", "nl"))
                .andExpect(content().string(containsString("Schakel 1: Ivoire Export (handelaar)")))
                .andExpect(content().string(containsString("Schakel 2: Coop Soubré (coöperatie)")))
                .andExpect(content().string(containsString("Nog geen leverancier vastgelegd.")))
                .andExpect(content()
                        .string(matchesPattern("(?s).*<ol class=\"supplier-path\" aria-labelledby=\"path-" + ivoryCoast
                                + "\">\\s*<li>Coop Soubré \\(schakel 2\\)</li>\\s*<li>Ivoire Export \\(1\\)</li>"
                                + "\\s*<li>u</li>\\s*</ol>.*")));

        mvc.perform(post("/chain/materials/" + material)
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Cacaobonen")
                        .param("origins", "Ivoorkust"))
                .andExpect(status().is3xxRedirection());
        assertThat(rows("SELECT tier FROM origin_supplier WHERE material_origin_id = ? ORDER BY tier", ivoryCoast))
                .as("the origin that stayed keeps its suppliers")
                .containsExactly(Map.of("tier", 1), Map.of("tier", 2));
        mvc.perform(get("/chain").with(user(editor)).param("lang", "nl"))
                .andExpect(content().string(containsString("Ivoire Export, schakel 1")));
        mvc.perform(get("/chain/suppliers").with(user(editor)).param("lang", "nl"))
                .andExpect(content().string(containsString("Cacaobonen in Reep uit Ivoorkust, schakel 2")));

        UUID link = (UUID)
                rows("SELECT id FROM origin_supplier WHERE tier = 1").get(0).get("id");
        mvc.perform(post("/chain/supplier-links/" + link + "/delete")
                        .with(user(editor))
                        .with(csrf()))
                .andExpect(redirectedUrl("/chain/materials/" + material + "?unlinked#suppliers"));
        assertThat(rows("SELECT tier FROM origin_supplier")).containsExactly(Map.of("tier", 2));
    }

    @Test
    void anotherCompanysSuppliersAndLinksAreUnknownIds() throws Exception {
        UUID material = cocoaFrom("Ghana");
        mvc.perform(supplier(editor, "/chain/suppliers", "Geheim")).andExpect(status().is3xxRedirection());
        UUID supplier = supplierId("Geheim");
        UUID origin = origin(material, "GHA");
        link(origin, supplier, 1);
        UUID link = (UUID) rows("SELECT id FROM origin_supplier").get(0).get("id");

        UUID otherCompany = fixtures.aCompany();
        Account stranger = fixtures.aPersonIn(otherCompany, Role.COMPANY_ADMIN);
        mvc.perform(supplier(stranger, "/chain/suppliers", "Eigen")).andExpect(status().is3xxRedirection());
        UUID own = tenantScope.asOrganisation(
                otherCompany,
                () -> appJdbc.sql("SELECT id FROM supplier").query(UUID.class).single());

        mvc.perform(get("/chain/suppliers/" + supplier).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(supplier(stranger, "/chain/suppliers/" + supplier, "Gestolen"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/chain/suppliers/" + supplier + "/delete")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/chain/supplier-links/" + link + "/delete")
                        .with(user(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/chain/origins/" + origin + "/suppliers")
                        .with(user(stranger))
                        .with(csrf())
                        .param("supplier", own.toString())
                        .param("tier", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/chain/suppliers").with(user(stranger)))
                .andExpect(content().string(not(containsString("Geheim"))));

        assertThat(rows("SELECT s.name, l.tier FROM supplier s JOIN origin_supplier l ON l.supplier_id = s.id"))
                .containsExactly(Map.of("name", "Geheim", "tier", 1));
    }

    private MockHttpServletRequestBuilder supplier(Account who, String path, String name) {
        return post(path)
                .with(user(who))
                .with(csrf())
                .param("lang", "nl")
                .param("name", name)
                .param("kind", name.startsWith("Co") ? "cooperative" : "trader");
    }

    private org.springframework.test.web.servlet.ResultActions link(UUID origin, UUID supplier, int tier)
            throws Exception {
        return mvc.perform(post("/chain/origins/" + origin + "/suppliers")
                .with(user(editor))
                .with(csrf())
                .param("supplier", supplier.toString())
                .param("tier", Integer.toString(tier)));
    }

    private UUID cocoaFrom(String origins) throws Exception {
        String product = mvc.perform(
                        post("/chain/products").with(user(editor)).with(csrf()).param("name", "Reep"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .replaceAll("^/chain/products/([0-9a-f-]+).*$", "$1");
        mvc.perform(post("/chain/products/" + product + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("name", "Cacaobonen")
                        .param("origins", origins))
                .andExpect(status().is3xxRedirection());
        return (UUID) rows("SELECT id FROM raw_material WHERE product_id = ?::uuid", product)
                .get(0)
                .get("id");
    }

    private UUID origin(UUID material, String iso3) {
        return (UUID)
                rows("SELECT id FROM material_origin WHERE raw_material_id = ? AND country_iso3 = ?", material, iso3)
                        .get(0)
                        .get("id");
    }

    private UUID supplierId(String name) {
        return (UUID)
                rows("SELECT id FROM supplier WHERE name = ?", name).get(0).get("id");
    }

    /** As the company itself sees its rows: company data is closed even to the platform scope. */
    private List<Map<String, Object>> rows(String sql, Object... params) {
        return tenantScope.asOrganisation(
                company, () -> appJdbc.sql(sql).params(params).query().listOfRows());
    }
}
