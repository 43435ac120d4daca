package nl.ketenwijs.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import nl.ketenwijs.monitoring.MonitoringResults;
import nl.ketenwijs.monitoring.Questionnaires;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.reporting.annual.Edition;
import nl.ketenwijs.reporting.annual.ReportAssembly;
import nl.ketenwijs.reporting.annual.ReportDocument;
import nl.ketenwijs.reporting.annual.ReportPublication;
import nl.ketenwijs.reporting.annual.ReportSnapshot;
import org.springframework.context.ApplicationContext;

/**
 * The annual report over 1,000 companies' self-assessments in two years (the monitoring module's own
 * tables, written here as the database owner in bulk: most submitted or accepted, some drafts, some
 * missing, levels rising from the first year to the second). Measured as the secretariat: (1) the
 * aggregation of the report's figures (the year, its size classes and branches, and the means of the
 * years before) against one GROUP BY of the same answers; (2) publishing, i.e. gathering, writing the
 * document with its charts, laying out the tagged PDF and storing it, against the PDF of the same report's
 * text chapters alone; (3) the peak heap while doing so. Medians of three runs.
 */
final class AnnualReportBench {

    static final int COMPANIES = 1_000;
    static final int YEAR = 2025;
    private static final int RUNS = 3;

    private final BenchDatabase database;
    private final ApplicationContext context;

    AnnualReportBench(BenchDatabase database, ApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    void run() throws SQLException {
        UUID secretariat = secretariat();
        TenantScope scope = context.getBean(TenantScope.class);
        Questionnaires questionnaires = context.getBean(Questionnaires.class);
        for (int year = YEAR - 1; year <= YEAR; year++) {
            int shipped = year;
            scope.asOrganisation(secretariat, () -> {
                if (questionnaires.all().stream().noneMatch(q -> q.reportingYear() == shipped)) {
                    questionnaires.shipDefault(shipped, "bench");
                }
                questionnaires.all().stream()
                        .filter(q -> q.reportingYear() == shipped && !q.published())
                        .forEach(q -> questionnaires.publish(q.id(), "bench"));
                return null;
            });
        }
        generate();
        long answers = database.count(
                "SELECT count(*) FROM assessment_answer a JOIN self_assessment s ON s.id = a.assessment_id"
                        + " WHERE s.reporting_year IN (?, ?)",
                YEAR - 1,
                YEAR);
        Figure.progress("%d companies, %d answers over %d and %d", COMPANIES, answers, YEAR - 1, YEAR);

        aggregation(secretariat, scope);
        publication(secretariat, scope);
    }

    private void aggregation(UUID secretariat, TenantScope scope) throws SQLException {
        ReportAssembly assembly = context.getBean(ReportAssembly.class);
        MonitoringResults results = context.getBean(MonitoringResults.class);
        long[] measured = new long[RUNS];
        long[] baseline = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            ReportSnapshot.Results figures = scope.asOrganisation(secretariat, () -> assembly.results(YEAR));
            measured[i] = System.nanoTime() - started;
            if (figures == null || figures.history().size() < 2) {
                throw new IllegalStateException("The generated assessments gave no figures over two years: "
                        + (figures == null ? scope.asOrganisation(secretariat, () -> results.sector(YEAR)) : figures));
            }
            started = System.nanoTime();
            database.count("""
                    SELECT count(*) FROM (
                      SELECT s.organisation_id, q.step, floor(avg(a.level)) FROM self_assessment s
                        JOIN assessment_answer a ON a.assessment_id = s.id
                        JOIN questionnaire_question q ON q.id = a.question_id
                       WHERE s.reporting_year = ? AND s.status IN ('SUBMITTED', 'ACCEPTED') AND a.level IS NOT NULL
                       GROUP BY s.organisation_id, q.step) levels
                    """, YEAR);
            baseline[i] = System.nanoTime() - started;
        }
        scope.asOrganisation(secretariat, () -> results.sector(YEAR));
        Figure.print(
                "annual report aggregation, %d companies over 2 years".formatted(COMPANIES),
                Figure.millis(median(measured)) + " (sector, size classes, branches, means of up to 5 years)",
                "one GROUP BY of the year's answers per company and step " + Figure.millis(median(baseline)),
                (double) median(measured) / median(baseline),
                "none set; time asked");
    }

    private void publication(UUID secretariat, TenantScope scope) throws SQLException {
        ReportPublication publication = context.getBean(ReportPublication.class);
        ReportAssembly assembly = context.getBean(ReportAssembly.class);
        ReportDocument document = context.getBean(ReportDocument.class);
        HeapSampler heap = HeapSampler.start();
        long[] measured = new long[RUNS];
        long[] baseline = new long[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            Edition edition = publication.start(YEAR, "bench");
            long started = System.nanoTime();
            publication.run(edition, secretariat);
            measured[i] = System.nanoTime() - started;
            ReportSnapshot full = scope.asOrganisation(secretariat, () -> assembly.assemble(YEAR, 0));
            ReportSnapshot textOnly = new ReportSnapshot(
                    full.year(),
                    full.version(),
                    full.frozenAt(),
                    full.foreword(),
                    full.outlook(),
                    null,
                    full.examples(),
                    full.projects(),
                    null);
            started = System.nanoTime();
            size = document.pdf(textOnly).length;
            baseline[i] = System.nanoTime() - started;
        }
        long peak = heap.stop();
        long published =
                database.count("SELECT count(*) FROM report_edition WHERE year = ? AND status = 'PUBLISHED'", YEAR);
        if (published != RUNS) {
            throw new IllegalStateException("Only " + published + " of " + RUNS + " editions were published");
        }
        long pdf = database.count(
                "SELECT octet_length(pdf) FROM report_edition WHERE year = ? ORDER BY version DESC LIMIT 1", YEAR);
        Figure.print(
                "annual report PDF, %d companies".formatted(COMPANIES),
                Figure.millis(median(measured)) + " to publish (figures, document with 3 charts, tagged PDF of "
                        + pdf / 1024 + " KiB, stored)",
                "the PDF of its text chapters alone (" + size / 1024 + " KiB) " + Figure.millis(median(baseline)),
                (double) median(measured) / median(baseline),
                "none set; time asked");
        long max = Runtime.getRuntime().maxMemory();
        Figure.print(
                "peak heap, annual report",
                "%d MiB sampled every 20 ms while publishing".formatted(peak / (1024 * 1024)),
                "maximum heap (-Xmx) %d MiB".formatted(max / (1024 * 1024)),
                (double) peak / max,
                "≤ 1, the run completing");
    }

    /** A secretariat to act as: the bench runs without the demo, which would bring its own. */
    private UUID secretariat() throws SQLException {
        database.execute("""
                INSERT INTO organisation (id, kind, name)
                SELECT gen_random_uuid(), 'SECRETARIAT', 'Bench secretariaat'
                 WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE kind = 'SECRETARIAT')
                """);
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT id FROM organisation WHERE kind = 'SECRETARIAT' LIMIT 1")) {
            result.next();
            return result.getObject(1, UUID.class);
        }
    }

    /**
     * Three branches, 1,000 companies (60 % SMEs) spread over them, and per year an assessment of most
     * companies: in the first year 80 % handed in, levels 0 to 3; in the second 85 %, each step a level
     * higher for half of them.
     */
    private void generate() throws SQLException {
        database.execute("""
                INSERT INTO organisation (id, kind, name)
                SELECT gen_random_uuid(), 'BRANCH_ORGANISATION', 'Bench branche ' || b FROM generate_series(1, 3) b;
                INSERT INTO organisation (id, kind, name, size_class, employee_count)
                SELECT gen_random_uuid(), 'COMPANY', 'Bench bedrijf ' || n,
                       CASE WHEN n %% 5 < 3 THEN 'SME' ELSE 'LARGE' END, CASE WHEN n %% 5 < 3 THEN 40 ELSE 800 END
                  FROM generate_series(1, %d) n;
                INSERT INTO branch_membership (branch_id, company_id)
                SELECT b.id, c.id FROM organisation c
                  JOIN organisation b ON b.name = 'Bench branche ' || (1 + abs(hashtext(c.name)) %% 3)
                 WHERE c.name LIKE 'Bench bedrijf %%';
                """.formatted(COMPANIES));
        for (int year = YEAR - 1; year <= YEAR; year++) {
            boolean second = year == YEAR;
            database.execute("""
                    INSERT INTO self_assessment (id, organisation_id, reporting_year, questionnaire_id, status)
                    SELECT gen_random_uuid(), c.id, %1$d, q.id,
                           CASE WHEN abs(hashtext(c.name || %1$d)) %% 100 < %2$d
                                THEN (CASE WHEN abs(hashtext(c.name)) %% 3 = 0 THEN 'ACCEPTED' ELSE 'SUBMITTED' END)
                                ELSE 'DRAFT' END
                      FROM organisation c
                      JOIN questionnaire q ON q.reporting_year = %1$d
                           AND q.variant = CASE WHEN c.size_class = 'SME' THEN 'SME' ELSE 'FULL' END
                     WHERE c.name LIKE 'Bench bedrijf %%' AND abs(hashtext(c.name || 'x' || %1$d)) %% 100 < 95;
                    INSERT INTO assessment_answer (assessment_id, organisation_id, question_id, level, updated_by)
                    SELECT s.id, s.organisation_id, qq.id,
                           least(4, abs(hashtext(s.organisation_id::text || qq.step)) %% 4
                                    + CASE WHEN %3$s AND abs(hashtext(s.organisation_id::text)) %% 2 = 0 THEN 1 ELSE 0 END),
                           'bench'
                      FROM self_assessment s
                      JOIN questionnaire_question qq ON qq.questionnaire_id = s.questionnaire_id
                     WHERE s.reporting_year = %1$d AND qq.type = 'MATURITY';
                    """.formatted(year, second ? 85 : 80, second));
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
