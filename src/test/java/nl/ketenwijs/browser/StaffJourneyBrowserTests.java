package nl.ketenwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What people do, page after page, in a real browser. */
class StaffJourneyBrowserTests extends BrowserTest {

    @Test
    void visitorSwitchesTheLoginPageFromDutchToEnglish() throws Exception {
        open("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inloggen");
        assertThat(browser.findElement(By.name("_csrf")).getAttribute("value")).isNotBlank();

        follow(By.linkText("English"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText())
                .isEqualTo("Password");
        screenshot("login-english");
    }

    @Test
    void companyEditorLogsInSwitchesLanguageAndSeesTheDashboard() throws Exception {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys("editor@cacaohuis-zaandam.example");
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        follow(SUBMIT);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overzicht");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Welkom, Eva Editor (Cacaohuis Zaandam)");

        follow(By.linkText("English"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Welcome, Eva Editor (Cacaohuis Zaandam)");
        screenshot("editor-dashboard-english");
    }

    @Test
    void secretariatAdminLogsInWithACodeAndRegistersACompanyWhoseAdminAcceptsTheInvitation() throws Exception {
        String company = "Peperkorrel Import " + System.nanoTime();
        String adminEmail = "beheer-" + System.nanoTime() + "@peperkorrel.example";

        logIn("admin@secretariaat.example", DEMO_PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("/login/code");
        giveDemoCode("admin@secretariaat.example");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overzicht");

        follow(By.linkText("Organisaties"));
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("vanille");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(page -> !results().contains("Cacaohuis Zaandam"));
        assertThat(results()).contains("Vanillehuis Delft");
        assertThat(search.getAttribute("value"))
                .as("htmx swapped the results in; the page itself stayed")
                .isEqualTo("vanille");
        follow(By.id("new-organisation"));
        browser.findElement(By.id("name")).sendKeys(company);
        new Select(browser.findElement(By.id("kind"))).selectByValue("COMPANY");
        new Select(browser.findElement(By.id("sizeClass"))).selectByValue("SME");
        browser.findElement(By.id("employeeCount")).sendKeys("14");
        browser.findElement(By.xpath("//label[normalize-space()='Vereniging Specerijen en Kruiden']"))
                .click();
        browser.findElement(By.id("adminEmail")).sendKeys(adminEmail);
        browser.findElement(By.id("adminDisplayName")).sendKeys("Pieter Peper");
        screenshot("secretariat-new-company");
        follow(By.id("create-organisation"));

        assertThat(browser.getCurrentUrl()).contains("/organisations/").contains("created");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(company);

        follow(By.linkText("Uitgaande mail"));
        follow(By.xpath("//tr[td[contains(., '" + adminEmail + "')]]//a"));
        String link = browser.findElement(By.cssSelector(".mail-body a")).getAttribute("href");
        assertThat(link).contains("/invitation/");
        follow(LOG_OUT);

        browser.get(link.replace("http://localhost:8080", url("")));
        browser.findElement(By.id("password")).sendKeys("zeven-peperkorrels-in-de-molen");
        browser.findElement(By.id("passwordConfirmation")).sendKeys("zeven-peperkorrels-in-de-molen");
        follow(SUBMIT);
        assertThat(browser.getCurrentUrl()).contains("/login");

        logIn(adminEmail, "zeven-peperkorrels-in-de-molen");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Welkom, Pieter Peper (" + company + ")")
                .contains("Vereniging Specerijen en Kruiden");
        screenshot("new-company-admin-dashboard");
    }

    private String results() {
        return browser.findElement(By.id("organisation-results")).getText();
    }
}
