package nl.ketenwijs.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complainant's phone as the benchmarks see it: its own session on the public portal, the complaint form
 * posted as a browser posts it (multipart, with the form's key and CSRF token), the receipt read from the
 * answer page, and a receipt typed in to open the case again.
 */
final class PortalClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern RECEIPT = Pattern.compile("class=\"receipt\" dir=\"ltr\">([0-9 ]+)<");
    private static final String BOUNDARY = "----ketenwijs-bench-" + UUID.randomUUID();

    private final String base;
    private final HttpClient http;
    private String csrf;

    PortalClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Opens the form, as a phone does before its first complaint: a session and its CSRF token. */
    void openForm() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/complaint/new?lang=en"))
                .GET());
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IOException("The complaint form answered " + page.statusCode() + " without a CSRF token");
        }
        csrf = token.group(1);
    }

    /**
     * Posts one complaint under the given form key; the receipt the page shows, or empty when the answer had
     * none (an error page, a refused token). A dropped connection is an {@link IOException}.
     */
    Optional<String> submit(UUID formKey, String whatHappened, Photo photo) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, "_csrf", csrf);
        field(body, "formKey", formKey.toString());
        field(body, "whatHappened", whatHappened);
        field(body, "country", "CI");
        field(body, "region", "Soubré");
        field(body, "themes", "WAGES");
        field(body, "children", "NO");
        field(body, "wish", "Pay what is owed");
        field(body, "contactChannel", "ANONYMOUS");
        if (photo != null) {
            file(body, "photos", photo);
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/complaint/new"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        Matcher receipt = RECEIPT.matcher(page.body());
        return receipt.find() ? Optional.of(receipt.group(1).replace(" ", "")) : Optional.empty();
    }

    /** Types the receipt in on the follow-up page; the case page when it opened, else empty. */
    Optional<String> follow(String receipt) throws IOException, InterruptedException {
        HttpResponse<String> receiptPage = send(
                HttpRequest.newBuilder(URI.create(base + "/complaint/follow")).GET());
        Matcher token = CSRF.matcher(receiptPage.body());
        if (!token.find()) {
            throw new IOException("The receipt page answered " + receiptPage.statusCode() + " without a CSRF token");
        }
        String form = "receipt=" + URLEncoder.encode(receipt, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/complaint/follow"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 302) {
            return Optional.empty();
        }
        HttpResponse<String> casePage = send(
                HttpRequest.newBuilder(URI.create(base + "/complaint/case")).GET());
        return casePage.statusCode() == 200 ? Optional.of(casePage.body()) : Optional.empty();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.timeout(Duration.ofSeconds(60))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream body, String name, String value) throws IOException {
        body.write(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static void file(ByteArrayOutputStream body, String name, Photo photo) throws IOException {
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                        + photo.fileName() + "\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(photo.bytes());
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A photo as the phone sends it. */
    record Photo(String fileName, byte[] bytes) {}
}
