package nl.ketenwijs.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.LongStream;
import nl.ketenwijs.actions.matching.SharedRiskCount;
import org.springframework.context.ApplicationContext;

/**
 * Finding every shared (commodity, country, theme) group of the sector: the application's count job (the
 * prioritised risks of every register through the database function, and the shared supplier facilities,
 * written to the tables the pages read), against one SQL {@code GROUP BY} of the same register entries in
 * the same run. Each is run three times after the registers were evaluated; the median counts.
 */
final class SharedRiskBench {

    private static final int RUNS = 3;

    private final BenchDatabase database;
    private final SharedRiskCount count;

    SharedRiskBench(BenchDatabase database, ApplicationContext context) {
        this.database = database;
        this.count = context.getBean(SharedRiskCount.class);
    }

    void run() throws SQLException {
        long entries = database.count("SELECT count(*) FROM register_entry");
        long[] job = new long[RUNS];
        long[] groupBy = new long[RUNS];
        SharedRiskCount.Outcome outcome = null;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            outcome = count.count();
            job[i] = System.nanoTime() - started;
            groupBy[i] = groupBy();
        }
        Figure.progress(
                "shared groups: %d risks and %d facilities of 3 companies or more",
                outcome.riskGroups(), outcome.facilityGroups());
        long measured = median(job);
        long baseline = median(groupBy);
        Figure.print(
                "shared-risk groups, %d register entries".formatted(entries),
                Figure.millis(measured) + " (" + outcome.riskGroups() + " risk groups, " + outcome.facilityGroups()
                        + " facility groups)",
                "one GROUP BY of the register entries " + Figure.millis(baseline),
                (double) measured / baseline,
                "none set; time asked");
    }

    /** Every (commodity, country, theme) with its number of companies, as one statement, read whole. */
    private long groupBy() throws SQLException {
        long started = System.nanoTime();
        long groups = 0;
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        SELECT commodity_code, country_iso3, theme, count(*) FROM register_entry
                         GROUP BY commodity_code, country_iso3, theme HAVING count(*) >= 3
                        """)) {
            while (result.next()) {
                groups++;
            }
        }
        long elapsed = System.nanoTime() - started;
        Figure.progress("GROUP BY: %d groups in %d ms", groups, elapsed / 1_000_000);
        return elapsed;
    }

    private static long median(long[] values) {
        return LongStream.of(values)
                .sorted()
                .skip(values.length / 2)
                .findFirst()
                .orElseThrow();
    }
}
