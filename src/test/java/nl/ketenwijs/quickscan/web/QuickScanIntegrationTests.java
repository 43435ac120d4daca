package nl.ketenwijs.quickscan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class QuickScanIntegrationTests extends WebIntegrationTest {

    private static final Pattern STEP_OPTION =
            Pattern.compile("<input type=\"checkbox\" name=\"step\" id=\"[^\"]+\" value=\"([^\"]+)\"([^>]*)>");

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
        // A name only a font with wide coverage prints: the PDF must carry it as text.
        jdbc.sql("UPDATE organisation SET name = ? WHERE id = ?")
                .params("Bakkerij Łódź " + company, company)
                .update();
        editor = fixtures.aPersonIn(company, Role.COMPANY_EDITOR);
    }

    @Test
    void aCompanyGoesThroughTheWholeScanWithoutJavaScriptAndItsChainAndRegisterHaveIt() throws Exception {
        UUID scan = start(editor);
        answer(scan);

        mvc.perform(get("/quickscan/" + scan + "/risks").with(user(editor)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stap 4 van 5")))
                .andExpect(content().string(containsString("Kinderarbeid: Cacao uit Ivoorkust")))
                .andExpect(content().string(containsString("Kinderen werken mogelijk op boerderijen")))
                .andExpect(content()
                        .string(containsString("U weet niet waar Koffiebonen (in Melkchocolade) vandaan komt")))
                .andExpect(content()
                        .string(containsString("De kennisbank kent Geheime kruidenmix (in Melkchocolade) niet")));

        String stepsPage = mvc.perform(
                        get("/quickscan/" + scan + "/steps").with(user(editor)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stap 5 van 5")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> suggested = options(stepsPage, true);
        List<String> all = options(stepsPage, false);
        assertThat(suggested).as("three suggested, pre-selected").hasSize(3);
        assertThat(suggested.get(0)).as("first what is unknown").startsWith("ask_origin|");
        assertThat(all).contains("certification|cocoa|CIV|", "code_of_conduct|||");

        chooseSteps(scan, all.subList(0, 2))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eerste stappen: kies er precies 3; u koos er 2.")));
        chooseSteps(scan, all.subList(0, 4))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eerste stappen: kies er precies 3; u koos er 4.")));
        chooseSteps(scan, List.of(all.get(0), all.get(1), "certification|gold|PER|"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eerste stappen: kies uit de stappen in de lijst.")));
        assertThat(scanRow(scan)).containsEntry("status", "draft").containsEntry("steps", "[]");

        List<String> chosen = List.of("ask_origin|||Koffiebonen", "certification|cocoa|CIV|", "code_of_conduct|||");
        chooseSteps(scan, chosen)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/quickscan/" + scan + "?done"));

        mvc.perform(get("/quickscan/" + scan).with(user(editor)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vraag uw leverancier waar Koffiebonen vandaan komt")))
                .andExpect(content().string(containsString("Vraag om gecertificeerde Cacao uit Ivoorkust")))
                .andExpect(content().string(containsString("Neem een gedragscode voor leveranciers aan")))
                .andExpect(content().string(containsString("/quickscan/" + scan + "/summary.pdf")));
        assertThat(scanRow(scan)).containsEntry("status", "done");

        assertThat(chain())
                .containsExactlyInAnyOrder(
                        "Melkchocolade|Cacaobonen|cocoa|CIV",
                        "Melkchocolade|Koffiebonen|coffee|?",
                        "Melkchocolade|Geheime kruidenmix|-|?");
        assertThat(tenantScope.asOrganisation(
                        company,
                        () -> appJdbc.sql("SELECT count(*) FROM register_entry WHERE organisation_id = ?"
                                        + " AND commodity_code = 'cocoa' AND country_iso3 = 'CIV'")
                                .param(company)
                                .query(Integer.class)
                                .single()))
                .as("the register has the pair the scan named, right after the origins step")
                .isPositive();

        List<String> before = chain();
        answer(start(editor));
        assertThat(chain())
                .as("a second scan of the same products adds nothing twice")
                .isEqualTo(before);
    }

    @Test
    void theSummaryIsOnePdfPageWithTheAnswersRisksAndStepsInAnEmbeddedFont() throws Exception {
        UUID scan = start(editor);
        answer(scan);
        chooseSteps(scan, List.of("ask_origin|||Koffiebonen", "certification|cocoa|CIV|", "code_of_conduct|||"))
                .andExpect(status().is3xxRedirection());

        byte[] pdf = mvc.perform(get("/quickscan/" + scan + "/summary.pdf")
                        .with(user(editor))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("quick-scan-")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Bakkerij Łódź")
                    .contains("Melkchocolade", "Cacaobonen", "Côte d’Ivoire", "Geheime kruidenmix")
                    .contains("Child labour: Cocoa from Côte d’Ivoire")
                    .contains("You do not know where Koffiebonen (in Melkchocolade) comes from")
                    .contains("Ask for certified Cocoa from Côte d’Ivoire")
                    .contains("Adopt a supplier code of conduct")
                    .contains("ILAB List of Goods");
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void theLargestScanStillFitsOnOnePage() throws Exception {
        UUID scan = start(editor);
        String[] products = IntStream.rangeClosed(1, StepForms.MAX_PRODUCTS)
                .mapToObj(n -> "Ambachtelijke melkchocolade met hazelnoten, reep " + n + " van 200 gram")
                .toArray(String[]::new);
        products(scan, products).andExpect(status().is3xxRedirection());
        MockHttpServletRequestBuilder materials =
                post("/quickscan/" + scan + "/materials").with(user(editor)).with(csrf());
        MockHttpServletRequestBuilder origins =
                post("/quickscan/" + scan + "/origins").with(user(editor)).with(csrf());
        for (int p = 0; p < products.length; p++) {
            materials.param(
                    "material-" + p,
                    "Cacaobonen van de coöperatie",
                    "Hazelnoten uit de boomgaard",
                    "Koffiebonen, gebrand en gemalen",
                    "Palmolie voor de vulling",
                    "Rietsuiker, ongeraffineerd");
            for (int m = 0; m < StepForms.MAX_MATERIALS; m++) {
                origins.param("origin-" + (p * StepForms.MAX_MATERIALS + m), "Ivoorkust", "Ghana", "Brazilië");
            }
        }
        mvc.perform(materials).andExpect(status().is3xxRedirection());
        mvc.perform(origins).andExpect(redirectedUrl("/quickscan/" + scan + "/risks"));
        String stepsPage = mvc.perform(get("/quickscan/" + scan + "/steps").with(user(editor)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        chooseSteps(scan, options(stepsPage, true)).andExpect(status().is3xxRedirection());

        byte[] pdf = mvc.perform(get("/quickscan/" + scan + "/summary.pdf").with(user(editor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(products[StepForms.MAX_PRODUCTS - 1]);
        }
    }

    @Test
    void fieldsThatCannotBeReadAreNamedAndNothingIsSaved() throws Exception {
        UUID scan = start(editor);
        products(scan, "", "  ")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Product 1: noem minstens één product dat u verkoopt.")))
                .andExpect(content().string(containsString("id=\"product-0-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        products(scan, "Pindakaas", "x".repeat(201))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Product 2: gebruik hoogstens 200 tekens.")))
                .andExpect(content().string(containsString("href=\"#product-1\"")));
        products(scan, "Pindakaas", "PINDAKAAS")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Product 2: dit product staat hierboven al.")));
        products(scan, Collections.nCopies(11, "Product").toArray(String[]::new))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Producten: hoogstens 10 in een quickscan")));
        assertThat(scanRow(scan)).containsEntry("answers", "{\"products\": []}");

        products(scan, "Pindakaas").andExpect(redirectedUrl("/quickscan/" + scan + "/materials"));
        mvc.perform(post("/quickscan/" + scan + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("lang", "nl")
                        .param("material-0", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grondstof 1 van Pindakaas: noem minstens één grondstof")));
        mvc.perform(post("/quickscan/" + scan + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("lang", "nl")
                        .param("material-0", "Pinda’s"))
                .andExpect(redirectedUrl("/quickscan/" + scan + "/origins"));
        mvc.perform(post("/quickscan/" + scan + "/origins")
                        .with(user(editor))
                        .with(csrf())
                        .param("lang", "nl")
                        .param("origin-0", "Argentinië", "Atlantis", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Land 2 voor Pinda’s: ‘Atlantis’ kennen we niet als land.")))
                .andExpect(content().string(containsString("id=\"origin-0-1-error\"")));

        assertThat(chain()).as("nothing in the chain").isEmpty();
        assertThat(scanRow(scan)).containsEntry("saved", false);
    }

    @Test
    void viewersReadButDoNotAnswerAndOtherCompaniesSeeNothing() throws Exception {
        UUID scan = start(editor);
        answer(scan);
        Account viewer = fixtures.aPersonIn(company, Role.COMPANY_VIEWER);
        mvc.perform(get("/quickscan/" + scan).with(user(viewer)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cacaobonen")));
        mvc.perform(get("/quickscan").with(user(viewer)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Begin een quickscan"))));
        mvc.perform(get("/quickscan/" + scan + "/risks").with(user(viewer))).andExpect(status().isOk());
        UUID draft = start(editor);
        mvc.perform(get("/quickscan/" + draft + "/risks").with(user(viewer)))
                .andExpect(redirectedUrl("/quickscan/" + draft));
        mvc.perform(get("/quickscan/" + draft + "/products").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/quickscan").with(user(viewer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/quickscan/" + scan + "/products")
                        .with(user(viewer))
                        .with(csrf())
                        .param("product", "Iets anders"))
                .andExpect(status().isForbidden());

        Account stranger = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        for (String path : List.of("", "/products", "/materials", "/origins", "/risks", "/steps", "/summary.pdf")) {
            mvc.perform(get("/quickscan/" + scan + path).with(user(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/quickscan/" + scan + "/products")
                        .with(user(stranger))
                        .with(csrf())
                        .param("product", "Overgenomen"))
                .andExpect(status().isNotFound());
        assertThat(scanRow(scan).get("answers").toString())
                .contains("Melkchocolade")
                .doesNotContain("Overgenomen");
    }

    @Test
    void theDemoCoffeeRoasterHasAFinishedScanOfItsOwnChain() throws Exception {
        Account viewer = fixtures.aPersonIn(fixtures.organisationNamed("Koffiebranderij De Boon"), Role.COMPANY_VIEWER);
        String start = mvc.perform(get("/quickscan").with(user(viewer)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("afgerond")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher link = Pattern.compile("href=\"(/quickscan/[0-9a-f-]{36})\"").matcher(start);
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group(1)).with(user(viewer)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Espressobonen")))
                .andExpect(content().string(containsString("Vraag om gecertificeerde Koffie uit Brazilië")))
                .andExpect(content().string(containsString(link.group(1) + "/summary.pdf")));
    }

    @Test
    void anEmptyChainPointsToTheQuickScan() throws Exception {
        mvc.perform(get("/chain").with(user(editor)).param("lang", "nl"))
                .andExpect(content().string(containsString("href=\"/quickscan\"")))
                .andExpect(content().string(containsString("Begin hier: de quickscan")));
    }

    private UUID start(Account account) throws Exception {
        String location = mvc.perform(post("/quickscan").with(user(account)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replaceAll("^/quickscan/([0-9a-f-]+)/products$", "$1"));
    }

    /** One product; a known raw material from a country, a known one from "don't know", an unknown one. */
    private void answer(UUID scan) throws Exception {
        products(scan, "Melkchocolade", "", "").andExpect(redirectedUrl("/quickscan/" + scan + "/materials"));
        mvc.perform(post("/quickscan/" + scan + "/materials")
                        .with(user(editor))
                        .with(csrf())
                        .param("lang", "nl")
                        .param("material-0", "Cacaobonen", "Koffiebonen", "Geheime kruidenmix", ""))
                .andExpect(redirectedUrl("/quickscan/" + scan + "/origins"));
        mvc.perform(get("/quickscan/" + scan + "/origins").with(user(editor)).param("lang", "nl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In de kennisbank: Cacao")))
                .andExpect(content().string(containsString("Niet in de kennisbank")));
        mvc.perform(post("/quickscan/" + scan + "/origins")
                        .with(user(editor))
                        .with(csrf())
                        .param("lang", "nl")
                        .param("origin-0", "Ivoorkust", "", "")
                        .param("origin-1", "", "", "")
                        .param("origin-2", "", "", ""))
                .andExpect(redirectedUrl("/quickscan/" + scan + "/risks"));
    }

    private org.springframework.test.web.servlet.ResultActions products(UUID scan, String... names) throws Exception {
        MockHttpServletRequestBuilder request = post("/quickscan/" + scan + "/products")
                .with(user(editor))
                .with(csrf())
                .param("lang", "nl")
                .param("product", names);
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.ResultActions chooseSteps(UUID scan, List<String> keys)
            throws Exception {
        return mvc.perform(post("/quickscan/" + scan + "/steps")
                .with(user(editor))
                .with(csrf())
                .param("lang", "nl")
                .param("step", keys.toArray(String[]::new)));
    }

    private static List<String> options(String page, boolean checkedOnly) {
        List<String> keys = new ArrayList<>();
        Matcher option = STEP_OPTION.matcher(page);
        while (option.find()) {
            if (!checkedOnly || option.group(2).contains("checked")) {
                keys.add(option.group(1));
            }
        }
        return keys;
    }

    /** Product, raw material, commodity, country ("?" for unknown), as the company sees its chain. */
    private List<String> chain() {
        return tenantScope.asOrganisation(
                company,
                () -> appJdbc.sql("""
                                SELECT p.name || '|' || m.name || '|' || coalesce(m.commodity_code, '-') || '|'
                                       || coalesce(o.country_iso3, '?')
                                  FROM product p JOIN raw_material m ON m.product_id = p.id
                                  JOIN material_origin o ON o.raw_material_id = m.id
                                 WHERE p.organisation_id = ? ORDER BY 1
                                """).param(company).query(String.class).list());
    }

    private Map<String, Object> scanRow(UUID scan) {
        return tenantScope.asOrganisation(
                company,
                () -> appJdbc.sql("SELECT status, answers::text AS answers, steps::text AS steps,"
                                + " saved_to_chain IS NOT NULL AS saved FROM quick_scan WHERE id = ?")
                        .param(scan)
                        .query()
                        .singleRow());
    }
}
