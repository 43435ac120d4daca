package nl.ketenwijs.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import nl.ketenwijs.TestDatabase;
import nl.ketenwijs.organisation.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A running Ketenwijs and Debian's chromium, headless, through Debian's chromium-driver (a downloaded
 * browser cannot run here). Run with -Pbrowser; screenshots land in target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "ketenwijs-demo-2026";

    /** The documented demo TOTP secret of the secretariat accounts. */
    static final String DEMO_TOTP_SECRET = "KETENWIJSDEMOSECRETARIAATTOTP234";

    static final By SUBMIT = By.cssSelector("main form button[type=submit]");
    static final By LOG_OUT = By.cssSelector(".site-header .logout button");

    @LocalServerPort
    int port;

    ChromeDriver browser;

    private JdbcClient jdbc;

    @Autowired
    void seeEveryOrganisation(DataSource dataSource) {
        jdbc = TestDatabase.platform(dataSource);
    }

    @BeforeEach
    void startChromium() throws IOException {
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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    /**
     * Clicks what leads to another page and waits until the old page is gone: otherwise the next command can
     * still read the old page, or a slow navigation can overtake the next one.
     */
    void follow(By target) {
        WebElement element = clickable(target);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> gone(element));
    }

    /**
     * Selenium's {@code stalenessOf} knows only the stale-element answer. When the old document is swapped out
     * mid-question, Chromium answers "Node with given id does not belong to the document" instead (seen in CI):
     * that, too, says the clicked element's page is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException elementLeftTheDocument) {
            return true;
        }
    }

    /**
     * Finds and clicks the element once the document has loaded. Chromium now and then replaces a just-loaded
     * document's nodes (seen in CI as "Node with given id does not belong to the document"), sometimes twice
     * in a row: the element is then found again in the current document, up to five times in all.
     */
    private WebElement clickable(By target) {
        for (int attempt = 1; ; attempt++) {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(driver -> "complete"
                            .equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
            WebElement element = browser.findElement(target);
            try {
                element.click();
                return element;
            } catch (WebDriverException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
                sleep(Duration.ofMillis(200L * attempt));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the browser", e);
        }
    }

    void logIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        follow(SUBMIT);
    }

    /** On the second-factor step: a demo secretariat account's code that it has not used yet. */
    void giveDemoCode(String username) throws InterruptedException {
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(TestAccounts.unusedCode(jdbc, username, DEMO_TOTP_SECRET));
        follow(SUBMIT);
    }

    /** The id of a demo organisation, for a page that takes one. */
    String demoOrganisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    void screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
