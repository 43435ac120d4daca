package nl.ketenwijs.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenwijs.KetenwijsApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two app instances on one PostgreSQL: a person who logged in on one continues on the other. */
class SessionsAcrossInstancesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() {
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stopInstances() {
        second.close();
        first.close();
    }

    @Test
    void sessionStartedOnOneInstanceIsServedByTheOther() throws Exception {
        HttpResponse<String> loginPage =
                http.send(HttpRequest.newBuilder(url(first, "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String anonymousSession = cookie(loginPage);
        String csrf = match(CSRF, loginPage.body());

        String form = "username=" + encode("editor@cacaohuis-zaandam.example") + "&password="
                + encode("ketenwijs-demo-2026") + "&_csrf=" + encode(csrf);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(url(first, "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "SESSION=" + anonymousSession)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String session = cookie(login);

        HttpResponse<String> dashboard = http.send(
                HttpRequest.newBuilder(url(second, "/?lang=en"))
                        .header("Cookie", "SESSION=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Welcome, Eva Editor (Cacaohuis Zaandam)");
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(KetenwijsApplication.class)
                .properties("server.port=0")
                .run();
    }

    private static URI url(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("pattern %s", pattern).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
