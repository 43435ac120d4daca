package nl.ketenwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.actions.matching.SharedRiskCount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs the axe-core rules for WCAG 2.1 A and AA on the staff pages, as each role sees them, including
 * forms that show their field messages. The rules run in the page through the driver, not as a page
 * script, so the strict CSP stays as it is.
 */
class AccessibilityBrowserTests extends BrowserTest {

    @Autowired
    SharedRiskCount sharedRisks;

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(result => done({passes: result.passes.length, violations: result.violations.map(v => v.id
                     + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))
               .catch(error => done({passes: 0, violations: ['axe failed: ' + error]}));
            """;

    /** The documented demo TOTP secret of the secretariat accounts. */
    private static final String DEMO_TOTP_SECRET = "KETENWIJSDEMOSECRETARIAATTOTP234";

    private final List<String> violations = new ArrayList<>();

    @Test
    void publicAndCompanyPagesMeetWcag21AA() throws Exception {
        check("/login");
        check("/login?lang=en");
        check("/bronnen");
        check("/bronnen?lang=en");
        check("/risicocheck?commodity=cacao&country=Ivoorkust");
        check("/risicocheck?commodity=cacao&country=Ivoorkust,Ghana");
        check("/risicocheck?commodity=cacoa&country=Ivoorkust,Ghanna");
        check("/risicocheck/kaart?commodity=cacao&theme=child_labour");
        check("/risicocheck/kaart?commodity=coffee&theme=deforestation&lang=en");
        check("/risicocheck/kaart?commodity=cacoa&theme=happiness");
        check("/grondstoffen");
        check("/grondstoffen/cocoa");
        check("/grondstoffen/cocoa?lang=en");
        check("/password/forgot");
        follow(SUBMIT);
        check("forgot-password form with its field message", null);

        logIn("admin@cacaohuis-zaandam.example", DEMO_PASSWORD);
        check("/");
        check("/organisation/people");
        check("/account/security");
        check("/account/security/totp");
        check("/chain");
        check("/chain/map");
        check("/chain/map?lang=en");
        check("/chain/import");
        previewImport("Artikel;Bestanddeel\nReep;Cacaobonen\n");
        check("import preview asking to map the columns", null);
        previewImport(
                "Product;Grondstof;Land;Aandeel (%)\nReep;Geheime smaakstof;Atlantis;veel\nReep;Cacaobonen;Ghana;40\n");
        check("import preview with its errors and warnings", null);
        check("/chain/suppliers");
        check("/chain/suppliers/new");
        follow(SUBMIT);
        check("new-supplier form with its field messages", null);
        open("/chain");
        follow(By.cssSelector("article.chain-product h2 a"));
        follow(By.cssSelector("table.materials th a"));
        check("raw-material page with its suppliers per origin", null);
        check("/register/entry?commodity=cocoa&country=CIV&theme=child_labour&lang=en");
        check("/register");
        check("/register?likelihood=0");
        check("/register/severity");
        checkPlanPages();
        checkSharedRiskPages();
        follow(LOG_OUT);

        logIn("staf@vereniging-specerijen-en-kruiden.example", DEMO_PASSWORD);
        check("/branch/progress");
        follow(By.id("send-reminder"));
        check("branch progress with the reminder form's field messages", null);

        assertThat(violations).isEmpty();
    }

    @Test
    void secretariatPagesMeetWcag21AA() throws Exception {
        logIn("reviewer@secretariaat.example", DEMO_PASSWORD);
        check("second-factor step", null);
        browser.findElement(By.id("code")).sendKeys("000000");
        follow(SUBMIT);
        check("second-factor step with its message", null);
        giveDemoCode("reviewer@secretariaat.example");

        check("/");
        check("/account/security");
        follow(LOG_OUT);

        logIn("admin@secretariaat.example", DEMO_PASSWORD);
        giveDemoCode("admin@secretariaat.example");
        check("/organisations");
        check("/branch/progress");
        check("/branch/progress?branch=" + demoOrganisation("Vereniging Specerijen en Kruiden"));
        check("/monitoring/questionnaires");
        follow(By.cssSelector("main table a"));
        check("a questionnaire with its steps and levels", null);
        check("/organisations/new");
        follow(By.id("create-organisation"));
        check("new-organisation form with its field messages", null);
        check("/outbox");
        check("/knowledge/expert-assessments");
        check("/knowledge/expert-assessments/cocoa/living_wage");
        check("/knowledge/expert-assessments/new");
        follow(By.id("save-expert-entry"));
        check("expert-entry form with its field messages", null);
        check("/knowledge/editions");
        check("/knowledge/editions/ilab_goods/2022");
        uploadABrokenEdition();
        check("editions page with the rows of a refused upload", null);
        check("/measure-templates");
        check("/measure-templates/new");
        follow(SUBMIT);
        check("measure-template form with its field messages", null);
        countWhenRegistersAreIn();
        check("/shared-risks/sector");
        check("/projects");

        assertThat(violations).isEmpty();
    }

    /**
     * Complaint handling, routing and the company's answer; the self-assessment, its review and the aggregates;
     * the annual report's builder, consent and public page. Forms are opened, not sent, except where a form
     * sent empty changes nothing.
     */
    @Test
    void complaintHandlingMonitoringAndReportPagesMeetWcag21AA() throws Exception {
        checkPublishedReport();
        check("/jaarrapport/2026?lang=en");

        logIn("klachten@secretariaat.example", DEMO_PASSWORD);
        giveDemoCode("klachten@secretariaat.example");
        check("/complaints");
        follow(By.cssSelector("main table th a"));
        check("a case with its history and the forms that move it", null);
        follow(By.cssSelector("a[href$='/routing']"));
        check("the routing page of a case", null);
        open("/complaints");
        follow(By.cssSelector("main table th a"));
        follow(By.cssSelector("a[href$='/summary']"));
        check("the public summary form of a case", null);
        check("/complaints/interests");
        check("/complaints/review/2026");
        follow(LOG_OUT);

        logIn("lid@fair-harvest-alliance.example", DEMO_PASSWORD);
        check("/partner/complaints/new");
        follow(LOG_OUT);

        logIn("admin@chocolaterie-amstel.example", DEMO_PASSWORD);
        check("/forwarded-complaints");
        follow(By.cssSelector("main table th a"));
        check("a forwarded complaint with the company's answer", null);
        follow(LOG_OUT);

        logIn("admin@cacaohuis-zaandam.example", DEMO_PASSWORD);
        check("/assessment");
        check("/assessment/2026");
        follow(By.cssSelector("a[href*='/assessment/2026/steps/']"));
        check("a step of the self-assessment with the reviewer's comments", null);
        check("/assessment/results");
        check("/report-consent");
        follow(LOG_OUT);

        logIn("reviewer@secretariaat.example", DEMO_PASSWORD);
        giveDemoCode("reviewer@secretariaat.example");
        check("/review/assessments?year=2026");
        follow(By.cssSelector("main table a[href^='/review/assessments/']"));
        check("a self-assessment under review", null);
        check("/monitoring/aggregates");
        follow(LOG_OUT);

        logIn("admin@secretariaat.example", DEMO_PASSWORD);
        giveDemoCode("admin@secretariaat.example");
        check("/reports");
        check("/reports/2026");
        check("/reports/2026/preview");
        follow(LOG_OUT);

        logIn("staf@vereniging-specerijen-en-kruiden.example", DEMO_PASSWORD);
        check("/monitoring/aggregates");

        assertThat(violations).isEmpty();
    }

    /** The demo's 2026 report is published by a job after start-up: checked once it is there. */
    private void checkPublishedReport() throws Exception {
        for (int tries = 0; tries < 120; tries++) {
            open("/jaarrapport/2026");
            if (!browser.findElements(By.cssSelector("main h1")).isEmpty()
                    && browser.findElement(By.cssSelector("main h1")).getText().contains("2026")) {
                break;
            }
            Thread.sleep(500);
        }
        check("the published annual report 2026", null);
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).contains("2026");
    }

    /** Plans of approach of the demo company; the forms are sent empty, so nothing of the demo changes. */
    private void checkPlanPages() throws Exception {
        check("/plans");
        check("/plans?lang=en");
        check("/plans/new");
        follow(SUBMIT);
        check("new-plan form with its field messages", null);
        open("/plans");
        follow(By.cssSelector("article.plan-summary h2 a"));
        check("plan page with its measures and reviews", null);
        follow(By.cssSelector("table.plan-measures td a"));
        check("measure page with its progress and evidence", null);
        open("/plans");
        follow(By.cssSelector("article.plan-summary h2 a"));
        follow(By.cssSelector("a.action[href$='/measures/new']"));
        follow(SUBMIT);
        check("measure form with its field messages", null);
    }

    /**
     * Shared risks and the demo's cocoa project, in which the demo company takes part; the forms are sent
     * empty, so nothing of the demo changes.
     */
    private void checkSharedRiskPages() throws Exception {
        countWhenRegistersAreIn();
        check("/shared-risks");
        check("/projects");
        check("/projects/new");
        follow(SUBMIT);
        check("new-project form with its field messages", null);
        open("/projects");
        follow(By.cssSelector("article.project-summary h2 a"));
        check("project page with its plan, indicators, updates and participants", null);
        browser.findElement(By.cssSelector("details.new-measure summary")).click();
        follow(By.cssSelector("details.new-measure button[type=submit]"));
        check("project page with the measure form's field messages", null);
    }

    /**
     * The shared risks counted once the demo's registers, evaluated in the background after start-up, hold
     * the cocoa risks, so the pages are checked with their tables and not only their empty state.
     */
    private void countWhenRegistersAreIn() throws InterruptedException {
        for (int tries = 0; tries < 60 && sharedRisks.count().riskGroups() == 0; tries++) {
            Thread.sleep(500);
        }
    }

    /**
     * The whole quick scan as a company admin on a phone 320 pixels wide, with the field messages. The scan
     * names what the demo chain already holds, so confirming it changes nothing of the chain.
     */
    @Test
    void quickScanPagesMeetWcag21AAAndFitAPhone() throws Exception {
        logIn("admin@cacaohuis-zaandam.example", DEMO_PASSWORD);
        browser.manage().window().setSize(new Dimension(320, 900));
        checkOnPhone("/quickscan");
        follow(SUBMIT);
        checkOnPhone("quick scan: products", null);
        follow(SUBMIT);
        checkOnPhone("quick scan: products with its field message", null);
        browser.findElement(By.id("product-0")).sendKeys("Cacaomassa");
        follow(SUBMIT);
        checkOnPhone("quick scan: raw materials", null);
        browser.findElement(By.id("material-0-0")).sendKeys("Cacaobonen");
        follow(SUBMIT);
        checkOnPhone("quick scan: origins", null);
        browser.findElement(By.id("origin-0-0")).sendKeys("Atlantis");
        follow(SUBMIT);
        checkOnPhone("quick scan: origins with its field message", null);
        browser.findElement(By.id("origin-0-0")).clear();
        browser.findElement(By.id("origin-0-0")).sendKeys("Ivoorkust");
        follow(SUBMIT);
        checkOnPhone("quick scan: top risks", null);
        follow(By.cssSelector("main a.action"));
        checkOnPhone("quick scan: three first steps", null);
        follow(SUBMIT);
        checkOnPhone("quick scan: summary", null);
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isIn("Uw quickscan", "Your quick scan");

        assertThat(violations).isEmpty();
    }

    /**
     * The complaint portal on a phone 320 pixels wide, left to right and right to left: a complaint with its
     * field messages, its receipt, a wrong receipt and the case it opens.
     */
    @Test
    void complaintPortalMeetsWcag21AAAndFitsAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(320, 900));
        for (String language : List.of("en", "ar")) {
            checkOnPhone("/klacht?lang=" + language);
            checkOnPhone("/klacht/rules?lang=" + language);
            checkOnPhone("/klacht/cijfers?lang=" + language);
            checkOnPhone("/klacht/new?lang=" + language);
            follow(SUBMIT);
            checkOnPhone("complaint form with its field message (" + language + ")", null);
            browser.findElement(By.id("whatHappened")).sendKeys("The children carry the bags.");
            browser.findElement(By.id("region")).sendKeys("Ashanti");
            follow(SUBMIT);
            checkOnPhone("complaint receipt (" + language + ")", null);
            String receipt = browser.findElement(By.cssSelector(".receipt")).getText();
            assertThat(browser.manage().getCookieNamed("ketenwijs-form"))
                    .as("the form's token cookie, as the browser keeps it")
                    .satisfies(cookie -> assertThat(cookie.isHttpOnly()).isTrue())
                    .satisfies(cookie -> assertThat(cookie.getSameSite()).isEqualTo("Strict"));
            if (language.equals("en")) {
                assertThat(browser.manage().getCookieNamed("SESSION"))
                        .as("filing a complaint starts no session; the receipt login will")
                        .isNull();
            }
            checkOnPhone("/klacht/follow?lang=" + language);
            browser.findElement(By.id("receipt")).sendKeys("1234 5678");
            follow(SUBMIT);
            checkOnPhone("a receipt not recognised (" + language + ")", null);
            browser.findElement(By.id("receipt")).sendKeys(receipt);
            follow(SUBMIT);
            checkOnPhone("the complainant's case (" + language + ")", null);
            assertThat(browser.getPageSource()).contains("The children carry the bags.");
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckNoticesAnImageWithoutText() throws Exception {
        open("/login");
        browser.executeScript(
                "document.querySelector('main').appendChild(document.createElement('img')).src = '/favicon.svg';");
        check("login page with an image without alternative text", null);
        assertThat(violations).singleElement().asString().contains("image-alt");
    }

    /** A real multipart post through the browser, which also carries the CSRF token; nothing is stored. */
    private void uploadABrokenEdition() throws IOException {
        open("/knowledge/editions");
        Path file = Files.writeString(Files.createTempFile("edition", ".csv"), "iso3,cc_pctrank\nAtlantis,1\n");
        browser.findElement(By.id("wgi-edition")).sendKeys("a11y-check");
        browser.findElement(By.id("wgi-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#wgi form[enctype] button")).click();
        assertThat(browser.findElement(By.className("edition-errors")).getText())
                .contains("rl_pctrank");
        Files.delete(file);
    }

    /** Uploads a chain to the import page; only its preview is shown, nothing of the demo chain changes. */
    private void previewImport(String csv) throws IOException {
        Path file = Files.createTempFile("keten", ".csv");
        Files.writeString(file, csv);
        open("/chain/import");
        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        follow(SUBMIT);
        assertThat(browser.findElement(By.cssSelector("main h1")).getText())
                .isIn("Voorbeeld van de import", "Preview of the import");
    }

    private void checkOnPhone(String path) throws IOException {
        checkOnPhone(path, path);
    }

    /** As check, and the page must not scroll sideways: its content fits the narrow window. */
    private void checkOnPhone(String name, String path) throws IOException {
        check(name, path);
        Boolean scrolls = (Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        if (Boolean.TRUE.equals(scrolls)) {
            violations.add(name + " → scrolls sideways at 320 pixels wide");
        }
    }

    private void check(String path) throws IOException {
        check(path, path);
    }

    /** Opens the path (or stays on the current page) and records what axe finds there. */
    private void check(String name, String path) throws IOException {
        if (path != null) {
            open(path);
        }
        browser.executeScript(axeSource());
        Map<?, ?> found = (Map<?, ?>) browser.executeAsyncScript(RUN_AXE);
        assertThat(((Number) found.get("passes")).intValue())
                .as("rules that axe checked and passed on " + name)
                .isPositive();
        ((List<?>) found.get("violations")).forEach(violation -> violations.add(name + " → " + violation));
        screenshot("a11y-" + name.replaceAll("[^a-z0-9]+", "-"));
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
