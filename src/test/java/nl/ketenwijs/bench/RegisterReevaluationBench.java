package nl.ketenwijs.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.riskknowledge.DatasetEditionPublished;
import nl.ketenwijs.riskknowledge.KnowledgeRevision;
import org.springframework.context.ApplicationContext;

/**
 * (a) Every company's register evaluated after a change of the knowledge base, measured end to end: from the
 * announcement until the last company's evaluation is stored, however the application schedules the work.
 * Twice after the first evaluation: an edition published again, which has every pair of the sector judged
 * anew and moves no level; and a new governance figure for the country most companies source from, which
 * moves a level of every pair with that country, in most registers. The baseline reads every chain link with
 * its commodity and country into this JVM.
 */
final class RegisterReevaluationBench {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration GIVE_UP = Duration.ofMinutes(20);

    private final BenchDatabase database;
    private final TenantScope tenantScope;
    private final KnowledgeRevision revision;

    RegisterReevaluationBench(BenchDatabase database, ApplicationContext context) {
        this.database = database;
        this.tenantScope = context.getBean(TenantScope.class);
        this.revision = context.getBean(KnowledgeRevision.class);
    }

    void run() throws SQLException, InterruptedException {
        long companies = database.count("SELECT count(*) FROM organisation WHERE kind = 'COMPANY'");
        long links = database.count("SELECT count(*) FROM material_origin");
        String figure = "register %s, %d companies / %d links";
        long first = evaluateAll(companies);
        long entries = database.count("SELECT count(*) FROM register_entry");
        Figure.progress("first evaluation done: %d register entries", entries);
        long again = evaluateAll(companies);
        String country = mostSourcedCountry();
        Timestamp beforeMove = databaseClock();
        long moved = evaluateAll(companies, () -> lowerCorruptionRank(country));
        long changes = database.count(
                "SELECT count(*) FROM register_change WHERE cause = 'KNOWLEDGE' AND changed_at > ?", beforeMove);
        long registers = database.count(
                "SELECT count(DISTINCT organisation_id) FROM register_change WHERE cause = 'KNOWLEDGE'"
                        + " AND changed_at > ?",
                beforeMove);
        long baseline = Math.min(readAllLinks(), readAllLinks());
        String read = "PostgreSQL read of the links into the JVM " + Figure.millis(baseline);
        Figure.print(
                figure.formatted("first evaluation", companies, links),
                Figure.millis(first),
                read,
                (double) first / baseline,
                "≤ 2");
        Figure.print(
                figure.formatted("re-evaluation, an edition published again (no level moves)", companies, links),
                Figure.millis(again),
                read,
                (double) again / baseline,
                "≤ 2");
        Figure.print(
                figure.formatted(
                        "re-evaluation, %s's corruption rank lowered (%d levels moved in %d registers)"
                                .formatted(country, changes, registers),
                        companies,
                        links),
                Figure.millis(moved),
                read,
                (double) moved / baseline,
                "≤ 2");
    }

    /** The origin country in the most companies' chains. */
    private String mostSourcedCountry() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        SELECT country_iso3 FROM material_origin WHERE country_iso3 IS NOT NULL
                         GROUP BY country_iso3 ORDER BY count(DISTINCT organisation_id) DESC, country_iso3 LIMIT 1
                        """)) {
            result.next();
            return result.getString(1);
        }
    }

    /** The country's control-of-corruption percentile rank set far below where it was, as a new edition would. */
    private void lowerCorruptionRank(String country) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement("""
                        UPDATE evidence_value SET value = '1.5'
                         WHERE data_set = 'wgi' AND iso3 = ? AND field = 'cc_pctrank'
                        """)) {
            statement.setString(1, country);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("No corruption rank for " + country);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A data set's edition published again touches every raw material, so every company is re-evaluated;
     * the clock is the database's, as the evaluation's own timestamp is.
     */
    private long evaluateAll(long companies) throws SQLException, InterruptedException {
        return evaluateAll(companies, () -> {});
    }

    /** As {@link #evaluateAll(long)}, the evidence changed first (not timed). */
    private long evaluateAll(long companies, Runnable evidenceChange) throws SQLException, InterruptedException {
        Timestamp before = databaseClock();
        String edition = activeEdition("wgi");
        evidenceChange.run();
        long started = System.nanoTime();
        tenantScope.asPlatform(() -> revision.announce(new DatasetEditionPublished("wgi", edition, edition)));
        long lastReport = started;
        try (Connection connection = database.connect();
                PreparedStatement done = connection.prepareStatement(
                        "SELECT count(*) FROM register_evaluation WHERE evaluated_at > ?")) {
            done.setTimestamp(1, before);
            while (true) {
                long evaluated;
                try (ResultSet result = done.executeQuery()) {
                    result.next();
                    evaluated = result.getLong(1);
                }
                long now = System.nanoTime();
                if (evaluated >= companies) {
                    return now - started;
                }
                if (now - started > GIVE_UP.toNanos()) {
                    throw new IllegalStateException(
                            "Only %d of %d registers evaluated after %s".formatted(evaluated, companies, GIVE_UP));
                }
                if (now - lastReport > Duration.ofSeconds(15).toNanos()) {
                    Figure.progress("%d of %d registers evaluated", evaluated, companies);
                    lastReport = now;
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    private Timestamp databaseClock() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT clock_timestamp()")) {
            result.next();
            return result.getTimestamp(1);
        }
    }

    private String activeEdition(String dataSet) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT edition FROM evidence_edition WHERE data_set = ? AND active")) {
            statement.setString(1, dataSet);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private long readAllLinks() throws SQLException {
        long started = System.nanoTime();
        long rows = 0;
        long check = 0;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false); // a cursor, fetched in batches, as a large read should be
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(10_000);
                try (ResultSet result = statement.executeQuery("""
                        SELECT o.organisation_id, m.commodity_code, o.country_iso3
                          FROM material_origin o JOIN raw_material m ON m.id = o.raw_material_id
                        """)) {
                    while (result.next()) {
                        rows++;
                        check += result.getObject(1).hashCode()
                                ^ String.valueOf(result.getString(2)).length()
                                ^ String.valueOf(result.getString(3)).length();
                    }
                }
            }
            connection.commit();
        }
        long elapsed = System.nanoTime() - started;
        Figure.progress("read %d links (check %d) in %d ms", rows, check, elapsed / 1_000_000);
        return elapsed;
    }
}
