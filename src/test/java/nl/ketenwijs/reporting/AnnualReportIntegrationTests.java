package nl.ketenwijs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ketenwijs.TestDatabase;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.monitoring.AssessmentFixtures;
import nl.ketenwijs.monitoring.Questionnaires;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.reporting.annual.Edition;
import nl.ketenwijs.reporting.annual.ReportPublication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.w3c.dom.Element;

/**
 * A report of a year of this test's own, with six companies' assessments behind it: the secretariat writes
 * it and adds examples, the companies consent or not, and publishing freezes it into the public page and a
 * tagged PDF with its font embedded.
 */
class AnnualReportIntegrationTests extends WebIntegrationTest {

    /** A year of each test's own, far from the demo's and other tests' years (questionnaires end at 2100). */
    private static final AtomicInteger YEARS =
            new AtomicInteger(2084 + ThreadLocalRandom.current().nextInt(6));

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    DataSource pool;

    @Autowired
    ReportPublication publication;

    TestOrganisations organisations;
    /** Reads examples as the secretariat, whom row-level security shows them all. */
    JdbcClient asSecretariat;

    Account secretariat;
    int year;
    UUID consenting;
    UUID silent;
    Account consentingAdmin;
    Account silentAdmin;

    @BeforeEach
    void aYearWithAssessments() {
        organisations = new TestOrganisations(jdbc, accounts);
        secretariat = organisations.secretariatAdmin();
        asSecretariat = TestDatabase.withSettings(pool, "ketenwijs.organisation_id=" + secretariat.organisationId());
        year = YEARS.getAndIncrement();
        AssessmentFixtures assessments = new AssessmentFixtures(pool, jdbc, questionnaires);
        assessments.publishedYear(year);
        List<UUID> companies = new ArrayList<>();
        for (int level = 0; level < 6; level++) {
            UUID company = organisations.aCompany();
            assessments.assessment(company, year, "SUBMITTED", Math.min(level, 4));
            companies.add(company);
        }
        consenting = companies.get(0);
        silent = companies.get(1);
        consentingAdmin = organisations.aPersonIn(consenting, Role.COMPANY_ADMIN);
        silentAdmin = organisations.aPersonIn(silent, Role.COMPANY_ADMIN);
    }

    @Test
    void beforePublishingThePageThePdfAndTheChartsAreNotFound() throws Exception {
        mvc.perform(get("/jaarrapport/" + year)).andExpect(status().isNotFound());
        mvc.perform(get("/jaarrapport/" + year + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/jaarrapport/" + year + "/grafiek/maturity.svg")).andExpect(status().isNotFound());
        mvc.perform(get("/jaarrapport/not-a-year")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSecretariatAdminBuildsAndOnlyTheQuotedCompanyAnswers() throws Exception {
        mvc.perform(get("/reports/" + year).with(user(consentingAdmin))).andExpect(status().isForbidden());
        UUID example = addExample(consenting, "Eerlijke cacao", "Wij betalen een leefbaar inkomen.");

        mvc.perform(post("/report-consent/" + example)
                        .param("give", "true")
                        .with(user(silentAdmin))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(consentOf(example)).isEqualTo("REQUESTED");

        assertThat(page("/report-consent", consentingAdmin)).contains("Eerlijke cacao", "leefbaar inkomen");
        assertThat(page("/", consentingAdmin)).contains("/report-consent");
        mvc.perform(post("/report-consent/" + example)
                        .param("give", "true")
                        .with(user(consentingAdmin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(consentOf(example)).isEqualTo("GIVEN");
    }

    @Test
    void anExampleWithoutConsentStaysOutAndTheBuilderSaysWhy() throws Exception {
        UUID given = addExample(consenting, "Voorbeeld met toestemming", "Ketens in kaart.");
        addExample(silent, "Voorbeeld zonder toestemming", "Niet publiceren.");
        consent(given, consentingAdmin);

        String builder = page("/reports/" + year, secretariat);
        assertThat(builder)
                .contains("Voorbeeld met toestemming", "komt in het rapport")
                .contains(
                        "Voorbeeld zonder toestemming", "blijft buiten het rapport tot het bedrijf toestemming geeft");

        String preview = page("/reports/" + year + "/preview", secretariat);
        assertThat(preview).contains("Voorbeeld met toestemming").doesNotContain("Voorbeeld zonder toestemming");
    }

    @Test
    void publishingFreezesTextsFiguresAndExamplesIntoThePublicPageAndATaggedPdf() throws Exception {
        saveTexts(
                "Een jaar van vooruitgang, van Zaandam tot Łódź.\n\nTweede alinea <b>geen opmaak</b>.",
                "Volgend jaar meer.");
        UUID example = addExample(consenting, "Cacao met een leefbaar inkomen", "Boeren verdienen meer.");
        consent(example, consentingAdmin);

        mvc.perform(post("/reports/" + year + "/publish")
                        .with(user(secretariat))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        waitUntilPublished(1);

        String report = page("/jaarrapport/" + year, null);
        assertThat(report)
                .contains("Jaarrapport " + year, "van Zaandam tot Łódź", "Tweede alinea &lt;b&gt;geen opmaak&lt;/b&gt;")
                .contains("Voorbeeld 3.1", "Cacao met een leefbaar inkomen", "Volgend jaar meer.")
                .contains("<img src=\"/jaarrapport/" + year + "/grafiek/maturity.svg\"")
                .contains("De cijfers van: Volwassenheid per stap")
                .doesNotContain("<svg")
                .as("no complaint in this year: no complaints chapter")
                .doesNotContain("id=\"klachten\"");

        MockHttpServletResponse chart = mvc.perform(get("/jaarrapport/" + year + "/grafiek/maturity.svg"))
                .andReturn()
                .getResponse();
        assertThat(chart.getStatus()).isEqualTo(200);
        assertThat(chart.getContentType()).startsWith("image/svg+xml");
        Element svg = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(chart.getContentAsByteArray()))
                .getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).startsWith("Volwassenheid per stap");

        MockHttpServletResponse pdf =
                mvc.perform(get("/jaarrapport/" + year + ".pdf")).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Łódź", "Cacao met een leefbaar inkomen", "Vooruitblik");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged")
                    .isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).anyMatch(font -> font.getName().contains("DejaVuSans"));
        }

        saveTexts("Een heel ander voorwoord.", "Anders.");
        consentAs(example, consentingAdmin, false);
        assertThat(page("/jaarrapport/" + year, null))
                .as("the published edition does not follow the data")
                .contains("van Zaandam tot Łódź", "Cacao met een leefbaar inkomen")
                .doesNotContain("Een heel ander voorwoord");

        Edition second = publication.start(year, "test");
        publication.run(second, secretariat.organisationId());
        assertThat(page("/jaarrapport/" + year, null))
                .contains("Een heel ander voorwoord")
                .doesNotContain("Cacao met een leefbaar inkomen");
        assertThat(jdbc.sql("SELECT count(*) FROM report_edition WHERE year = ? AND status = 'PUBLISHED'")
                        .param(year)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private void waitUntilPublished(int version) throws Exception {
        for (int tries = 0; tries < 300; tries++) {
            String status = jdbc.sql("SELECT status FROM report_edition WHERE year = ? AND version = ?")
                    .params(year, version)
                    .query(String.class)
                    .optional()
                    .orElse("NONE");
            if (status.equals("PUBLISHED")) {
                assertThat(mvc.perform(get("/reports/" + year)
                                        .header("HX-Request", "true")
                                        .with(user(secretariat)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .contains("4 van 4 stappen", "Gepubliceerd")
                        .doesNotContain("hx-trigger");
                return;
            }
            assertThat(status).isNotEqualTo("FAILED");
            Thread.sleep(100);
        }
        throw new AssertionError("Edition " + version + " of " + year + " was not published in time");
    }

    private UUID addExample(UUID company, String title, String body) throws Exception {
        mvc.perform(post("/reports/" + year + "/examples")
                        .with(user(secretariat))
                        .with(csrf())
                        .param("company", company.toString())
                        .param("title", title)
                        .param("body", body)
                        .param("quote", "We doen het samen.")
                        .param("quotedPerson", "Anna Jansen, inkoper"))
                .andExpect(status().is3xxRedirection());
        return asSecretariat
                .sql("SELECT id FROM report_example WHERE report_year = ? AND title = ?")
                .params(year, title)
                .query(UUID.class)
                .single();
    }

    private void saveTexts(String foreword, String outlook) throws Exception {
        mvc.perform(post("/reports/" + year + "/texts")
                        .with(user(secretariat))
                        .with(csrf())
                        .param("foreword", foreword)
                        .param("outlook", outlook))
                .andExpect(status().is3xxRedirection());
    }

    private void consent(UUID example, Account admin) throws Exception {
        consentAs(example, admin, true);
    }

    private void consentAs(UUID example, Account admin, boolean give) throws Exception {
        mvc.perform(post("/report-consent/" + example)
                        .param("give", Boolean.toString(give))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String consentOf(UUID example) {
        return asSecretariat
                .sql("SELECT consent FROM report_example WHERE id = ?")
                .param(example)
                .query(String.class)
                .single();
    }

    private String page(String path, Account account) throws Exception {
        var request = get(path);
        if (account != null) {
            request.with(user(account));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<PDFont> fonts(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
