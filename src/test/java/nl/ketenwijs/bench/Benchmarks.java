package nl.ketenwijs.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.KetenwijsApplication;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.riskanalysis.register.Cause;
import nl.ketenwijs.riskanalysis.register.RegisterEvaluation;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every benchmark of bench/run in one application run, so all figures and their baselines come from the
 * same machine at the same time: the risk profiles, then a generated sector ({@link Sector}) with (a) the
 * re-evaluation of all registers, the shared-risk groups of the sector, (c) the register page under load, (b)
 * the chain import, and (d) the peak heap of the whole run against the maximum heap it was given. Before
 * them, the complaint intake ({@link ComplaintIntakeBench}) and the annual report ({@link AnnualReportBench}).
 * The system property {@code bench.only} ({@code complaints}, {@code report} or {@code chain}) runs one group;
 * {@code evaluation}, {@code register} and {@code import} run one figure, for working on it: (a) on the
 * generated sector, (c) on the sector with the focus company's register, (b) without the sector (the same figure
 * and baseline as the chain group prints, in a minute).
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapSampler sampler = HeapSampler.start();
        long wall = System.nanoTime();
        try (ConfigurableApplicationContext context = SpringApplication.run(KetenwijsApplication.class, args)) {
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            Figure.progress("application started on port %d", port);
            String only = System.getProperty("bench.only", "all");
            if (only.equals("all") || only.equals("complaints")) {
                new ComplaintIntakeBench(context, port).run();
            }
            if (only.equals("all") || only.equals("report")) {
                new AnnualReportBench(BenchDatabase.of(context), context).run();
            }
            if (only.equals("all") || only.equals("chain")) {
                runChainBenchmarks(context, port);
            }
            if (only.equals("register")) {
                runRegisterPage(context, port);
            }
            if (only.equals("import")) {
                BenchDatabase database = BenchDatabase.of(context);
                new ChainImportBench(
                                database, new Sector(database, context.getBean(PasswordEncoder.class)), context, port)
                        .run();
            }
            if (only.equals("evaluation")) {
                runEvaluationBenchmark(context);
            }
        }
        long sampled = sampler.stop();
        long poolPeaks =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long max = Runtime.getRuntime().maxMemory();
        long collecting = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
        // The pools peak at different moments, so the sum of their peaks is an upper bound of the heap used at
        // any one time (it can exceed -Xmx); the sampled total is a lower bound. The ratio is the sampled one.
        Figure.print(
                "peak heap, whole run",
                "%s sampled every 20 ms (sum of the heap pools' peaks %s; %d s in garbage collection)"
                        .formatted(mebibytes(sampled), mebibytes(poolPeaks), collecting / 1000),
                "maximum heap (-Xmx) " + mebibytes(max),
                (double) sampled / max,
                "≤ 1, the run completing");
        Figure.progress("whole run %d s", (System.nanoTime() - wall) / 1_000_000_000);
    }

    private static void runChainBenchmarks(ConfigurableApplicationContext context, int port) throws Exception {
        RiskProfileBench.run(context);
        BenchDatabase database = BenchDatabase.of(context);
        Sector sector = new Sector(database, context.getBean(PasswordEncoder.class));
        sector.generate();
        new RegisterReevaluationBench(database, context).run();
        new SharedRiskBench(database, context).run();
        new PageLatencyBench(CpuUse.of(database), port).run();
        new ChainImportBench(database, sector, context, port).run();
    }

    /**
     * Only (c), for working on the register page: the sector, the focus company's register evaluated (the
     * others' left empty, which the page's per-company reads hardly notice), the page under load.
     */
    private static void runRegisterPage(ConfigurableApplicationContext context, int port) throws Exception {
        BenchDatabase database = BenchDatabase.of(context);
        new Sector(database, context.getBean(PasswordEncoder.class)).generate();
        UUID focus;
        try (Connection connection = database.connect();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT organisation_id FROM app_user WHERE username = ?")) {
            statement.setString(1, Sector.FOCUS_USER);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                focus = result.getObject(1, UUID.class);
            }
        }
        RegisterEvaluation evaluation = context.getBean(RegisterEvaluation.class);
        context.getBean(TenantScope.class).asOrganisation(focus, () -> {
            evaluation.evaluate(focus, Cause.CHAIN);
            return null;
        });
        // Statistics as autovacuum has them a minute after such a write; without them PostgreSQL takes the
        // fresh register for a few rows and sorts all of it instead of reading fifty in index order.
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE register_entry");
        }
        new PageLatencyBench(CpuUse.of(database), port).run();
    }

    /** The generated sector and (a) alone, to measure the register evaluation without the other figures. */
    private static void runEvaluationBenchmark(ConfigurableApplicationContext context) throws Exception {
        BenchDatabase database = BenchDatabase.of(context);
        new Sector(database, context.getBean(PasswordEncoder.class)).generate();
        new RegisterReevaluationBench(database, context).run();
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%d MiB", bytes / (1024 * 1024));
    }
}
