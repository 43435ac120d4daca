package nl.ketenwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.ketenwijs.TestDatabase;
import nl.ketenwijs.organisation.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Journeys in Debian's chromium through chromium-driver; run with -Pbrowser. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffJourneyBrowserTests {

    /** The documented demo TOTP secret of the secretariat accounts. */
    private static final String DEMO_TOTP_SECRET = "KETENWIJSDEMOSECRETARIAATTOTP234";

    @LocalServerPort
    int port;

    private JdbcClient jdbc;

    @Autowired
    void seeEveryOrganisation(DataSource dataSource) {
        jdbc = TestDatabase.platform(dataSource);
    }

    private ChromeDriver browser;

    @BeforeEach
    void startChromium() throws Exception {
        browser = Chromium.start();
    }

    @AfterEach
    void stopChromium() {
        browser.quit();
    }

    @Test
    void visitorSwitchesTheLoginPageFromDutchToEnglish() throws Exception {
        browser.get("http://localhost:" + port + "/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inloggen");
        assertThat(browser.findElement(By.name("_csrf")).getAttribute("value")).isNotBlank();

        Chromium.follow(browser, By.linkText("English"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText())
                .isEqualTo("Password");
        screenshot("login-english");
    }

    @Test
    void companyEditorLogsInSwitchesLanguageAndSeesTheDashboard() throws Exception {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys("editor@cacaohuis-zaandam.example");
        browser.findElement(By.id("password")).sendKeys("ketenwijs-demo-2026");
        Chromium.follow(browser, By.cssSelector("button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overzicht");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Welkom, Eva Editor (Cacaohuis Zaandam)");

        Chromium.follow(browser, By.linkText("English"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Welcome, Eva Editor (Cacaohuis Zaandam)");
        screenshot("editor-dashboard-english");
    }

    @Test
    void secretariatAdminLogsInWithACodeAndRegistersACompanyWhoseAdminAcceptsTheInvitation() throws Exception {
        String company = "Peperkorrel Import " + System.nanoTime();
        String adminEmail = "beheer-" + System.nanoTime() + "@peperkorrel.example";

        logIn("admin@secretariaat.example", "ketenwijs-demo-2026");
        assertThat(browser.getCurrentUrl()).contains("/login/code");
        browser.findElement(By.id("code"))
                .sendKeys(TestAccounts.unusedCode(jdbc, "admin@secretariaat.example", DEMO_TOTP_SECRET));
        Chromium.follow(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overzicht");

        Chromium.follow(browser, By.linkText("Organisaties"));
        Chromium.follow(browser, By.id("new-organisation"));
        browser.findElement(By.id("name")).sendKeys(company);
        new Select(browser.findElement(By.id("kind"))).selectByValue("COMPANY");
        new Select(browser.findElement(By.id("sizeClass"))).selectByValue("SME");
        browser.findElement(By.id("employeeCount")).sendKeys("14");
        browser.findElement(By.xpath("//label[normalize-space()='Vereniging Specerijen en Kruiden']"))
                .click();
        browser.findElement(By.id("adminEmail")).sendKeys(adminEmail);
        browser.findElement(By.id("adminDisplayName")).sendKeys("Pieter Peper");
        screenshot("secretariat-new-company");
        Chromium.follow(browser, By.id("create-organisation"));

        assertThat(browser.getCurrentUrl()).contains("/organisations/").contains("created");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(company);

        Chromium.follow(browser, By.linkText("Uitgaande mail"));
        Chromium.follow(browser, By.xpath("//tr[td[contains(., '" + adminEmail + "')]]//a"));
        String link = browser.findElement(By.cssSelector(".mail-body a")).getAttribute("href");
        assertThat(link).contains("/invitation/");
        Chromium.follow(browser, By.cssSelector(".site-header .logout button"));

        browser.get(link.replace("http://localhost:8080", "http://localhost:" + port));
        browser.findElement(By.id("password")).sendKeys("zeven-peperkorrels-in-de-molen");
        browser.findElement(By.id("passwordConfirmation")).sendKeys("zeven-peperkorrels-in-de-molen");
        Chromium.follow(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).contains("/login");

        logIn(adminEmail, "zeven-peperkorrels-in-de-molen");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Welkom, Pieter Peper (" + company + ")")
                .contains("Vereniging Specerijen en Kruiden");
        screenshot("new-company-admin-dashboard");
    }

    private void logIn(String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        Chromium.follow(browser, By.cssSelector("main form button[type=submit]"));
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
