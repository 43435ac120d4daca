package nl.ketenwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenwijs.organisation.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Journeys in Debian's chromium through chromium-driver; run with -Pbrowser. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffJourneyBrowserTests {

    /** The documented demo TOTP secret of the secretariat accounts. */
    private static final String DEMO_TOTP_SECRET = "KETENWIJSDEMOSECRETARIAATTOTP234";

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeEach
    void startChromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("ketenwijs-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
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

        browser.findElement(By.linkText("English")).click();

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
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overzicht");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Welkom, Eva Editor (Cacaohuis Zaandam)");

        browser.findElement(By.linkText("English")).click();

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
        browser.findElement(By.id("code")).sendKeys(TestAccounts.code(DEMO_TOTP_SECRET, 0));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overzicht");

        browser.findElement(By.linkText("Organisaties")).click();
        browser.findElement(By.id("new-organisation")).click();
        browser.findElement(By.id("name")).sendKeys(company);
        new Select(browser.findElement(By.id("kind"))).selectByValue("COMPANY");
        new Select(browser.findElement(By.id("sizeClass"))).selectByValue("SME");
        browser.findElement(By.id("employeeCount")).sendKeys("14");
        browser.findElement(By.xpath("//label[normalize-space()='Vereniging Specerijen en Kruiden']"))
                .click();
        browser.findElement(By.id("adminEmail")).sendKeys(adminEmail);
        browser.findElement(By.id("adminDisplayName")).sendKeys("Pieter Peper");
        screenshot("secretariat-new-company");
        browser.findElement(By.id("create-organisation")).click();

        assertThat(browser.getCurrentUrl()).contains("/organisations/").contains("created");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(company);

        browser.findElement(By.linkText("Uitgaande mail")).click();
        browser.findElement(By.xpath("//tr[td[contains(., '" + adminEmail + "')]]//a"))
                .click();
        String link = browser.findElement(By.cssSelector(".mail-body a")).getAttribute("href");
        assertThat(link).contains("/invitation/");
        browser.findElement(By.cssSelector(".site-header .logout button")).click();

        browser.get(link.replace("http://localhost:8080", "http://localhost:" + port));
        browser.findElement(By.id("password")).sendKeys("zeven-peperkorrels-in-de-molen");
        browser.findElement(By.id("passwordConfirmation")).sendKeys("zeven-peperkorrels-in-de-molen");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
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
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
