package nl.ketenwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Journeys in Debian's chromium through chromium-driver; run with -Pbrowser. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffJourneyBrowserTests {

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

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
