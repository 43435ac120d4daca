package nl.ketenwijs.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * (b) A chain file as a Dutch user's Excel saves it ("CSV UTF-8": byte order mark, semicolons, decimal
 * commas, CRLF), imported through the API a company's own systems call, for an empty company, timed until the
 * answer. The baseline copies the same file into a plain (logged) table of text columns with PostgreSQL's
 * COPY. The size first, then the largest size the application accepts today.
 */
final class ChainImportBench {

    static final int[] SIZES = {100_000, 20_000};

    /** Ten rows per product: four raw materials from three, three, two and two countries. */
    private static final int[] MATERIAL_OF_ROW = {0, 0, 0, 1, 1, 1, 2, 2, 3, 3};

    private static final int[] ORIGIN_OF_ROW = {0, 1, 2, 0, 1, 2, 0, 1, 0, 1};

    private final BenchDatabase database;
    private final Sector sector;
    private final BenchClient client;
    private final List<String> commodities;
    private final List<String> countries;

    ChainImportBench(BenchDatabase database, Sector sector, ApplicationContext context, int port) {
        this.database = database;
        this.sector = sector;
        this.client = new BenchClient(port);
        // Only names the application reads back as the same commodity or country, as a person's list would be.
        Commodities knownCommodities = context.getBean(Commodities.class);
        this.commodities = knownCommodities.all().stream()
                .filter(c -> knownCommodities
                        .match(c.nameNl())
                        .found()
                        .map(Commodity::code)
                        .orElse("")
                        .equals(c.code()))
                .map(Commodity::nameNl)
                .toList();
        Countries knownCountries = context.getBean(Countries.class);
        this.countries = knownCountries.all().stream()
                .filter(c -> !c.nameNl().matches(".*[,;\\n].*"))
                .filter(c -> knownCountries
                        .match(c.nameNl())
                        .found()
                        .map(Country::iso3)
                        .orElse("")
                        .equals(c.iso3()))
                .map(Country::nameNl)
                .toList();
    }

    void run() throws Exception {
        sector.importCompanies(SIZES);
        for (int rows : SIZES) {
            byte[] file = csv(rows);
            long copy = copy(file);
            String baseline =
                    "PostgreSQL COPY of the same rows into a logged table of text columns " + Figure.millis(copy);
            String figure =
                    "chain import via API, %d-row CSV (%d kB), empty company".formatted(rows, file.length / 1024);
            long started = System.nanoTime();
            HttpResponse<String> answer =
                    client.send(HttpRequest.newBuilder(client.uri("/api/v1/chain/imports?commit=true"))
                            .header("Authorization", "Bearer " + Sector.importToken(rows))
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(file))));
            long elapsed = System.nanoTime() - started;
            String refusal = refusal(answer);
            if (refusal == null) {
                long links = database.count(
                        "SELECT count(*) FROM material_origin o JOIN organisation c"
                                + " ON c.id = o.organisation_id WHERE c.name = ?",
                        "Benchbedrijf import " + rows);
                Figure.print(
                        figure + ", " + links + " links stored",
                        Figure.millis(elapsed),
                        baseline,
                        (double) elapsed / copy,
                        "≤ 3");
            } else {
                Figure.refused(figure, refusal + " (after " + Figure.millis(elapsed) + ")", baseline, "≤ 3");
            }
        }
    }

    /** Null when the chain was stored; else what the answer said. */
    private static String refusal(HttpResponse<String> answer) {
        if (answer.statusCode() != 200 && answer.statusCode() != 422) {
            return "HTTP " + answer.statusCode();
        }
        JsonNode report = JsonMapper.builder().build().readTree(answer.body());
        if (report.path("committed").asBoolean(false)) {
            return null;
        }
        JsonNode errors = report.path("errors");
        return "HTTP %d, %d errors, first: %s"
                .formatted(
                        answer.statusCode(),
                        errors.size(),
                        errors.isEmpty()
                                ? "none"
                                : errors.get(0).path("message").asString());
    }

    private byte[] csv(int rows) {
        StringBuilder text = new StringBuilder("\uFEFFProduct;Grondstof;Land;Aandeel (%)\r\n");
        for (int row = 0; row < rows; row++) {
            int product = row / MATERIAL_OF_ROW.length;
            int material = MATERIAL_OF_ROW[row % MATERIAL_OF_ROW.length];
            int origin = ORIGIN_OF_ROW[row % ORIGIN_OF_ROW.length];
            text.append("Chocoladereep ")
                    .append(product + 1)
                    .append(';')
                    .append(commodities.get((product * 7 + material) % commodities.size()))
                    .append(';')
                    .append(countries.get((product * 3 + material * 5 + origin) % countries.size()))
                    .append(';')
                    .append(material * 10 + 10)
                    .append(",5\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long copy(byte[] file) throws SQLException, IOException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_import_copy");
            statement.execute("CREATE TABLE bench_import_copy (product text, grondstof text, land text, aandeel text)");
            long started = System.nanoTime();
            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY bench_import_copy FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')",
                            new ByteArrayInputStream(file));
            long elapsed = System.nanoTime() - started;
            Figure.progress("COPY of %d rows in %d ms", copied, elapsed / 1_000_000);
            return elapsed;
        }
    }

    private static final String BOUNDARY = "----ketenwijs-bench-7c2f";

    private static byte[] multipart(byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"keten.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(file);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
