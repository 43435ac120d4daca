package nl.ketenwijs.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * (c) The risk-register page of the company with {@link Sector#FOCUS_LINKS} chain links under concurrent
 * clients, each with its own session, against the login page under the same load from the same sessions
 * (a page that reads nothing of the chain). Each phase has a time budget, so a page that takes the server
 * down still gives a line (with the number of requests it managed) instead of a bench that never ends.
 *
 * <p>Both pages are warmed up alike, in rounds that request each of them, until the JIT compiler has settled:
 * three requests per client left the compiler busy with the register page while it was measured, and the login
 * page, measured after it, ran on the filters and templates that the register page had warmed up. The two pages
 * are then measured in turns, so a burst of a neighbour's load on this shared machine falls on both alike;
 * each page's CPU time per request (in this JVM, the clients' share included, and in PostgreSQL) says what a
 * request costs however busy the rest of the machine was.
 */
final class PageLatencyBench {

    static final int CLIENTS = 16;
    private static final int REQUESTS = 20;
    private static final int TURNS = 4;
    private static final int WARM_UP_PER_ROUND = 5;
    private static final int MIN_WARM_UP_ROUNDS = 2;
    /** On a loaded machine the compiler may never fall quiet: the warm-up ends after a minute regardless. */
    private static final Duration WARM_UP_LIMIT = Duration.ofMinutes(1);
    /** The JIT counts as settled when it compiled for less than this share of a warm-up round's time. */
    private static final double SETTLED_COMPILATION_SHARE = 0.1;

    private static final Duration BUDGET = Duration.ofMinutes(4);

    /** What a phase measured: the latencies of the requests made, and how many of them got the page. */
    private record Phase(long[] latencies, int good) {

        long percentile(int percentile) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length); // nearest rank
            return sorted.length == 0 ? 0 : sorted[Math.max(0, rank - 1)];
        }

        static Phase of(List<Phase> turns) {
            return new Phase(
                    turns.stream()
                            .flatMapToLong(turn -> Arrays.stream(turn.latencies()))
                            .toArray(),
                    turns.stream().mapToInt(Phase::good).sum());
        }

        String counted() {
            return "%d of %d requests answered with the page".formatted(good, latencies.length);
        }
    }

    private final CpuUse cpu;
    private final int port;

    PageLatencyBench(CpuUse cpu, int port) {
        this.cpu = cpu;
        this.port = port;
    }

    void run() throws Exception {
        List<BenchClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new BenchClient(port).login(Sector.FOCUS_USER, Sector.PASSWORD));
        }
        Predicate<String> register = body -> body.contains("risicoregister") && body.contains("<table");
        Predicate<String> login = body -> body.contains("name=\"password\"");
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long warmUpEnd = System.nanoTime() + WARM_UP_LIMIT.toNanos();
        for (int round = 1; System.nanoTime() < warmUpEnd; round++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            load(clients, "/register", register, WARM_UP_PER_ROUND);
            load(clients, "/login", login, WARM_UP_PER_ROUND);
            long compiling = jit.getTotalCompilationTime() - compiledBefore;
            long roundMillis = (System.nanoTime() - started) / 1_000_000;
            Figure.progress(
                    "register page: warm-up round %d of %d ms, JIT compiling %d ms", round, roundMillis, compiling);
            if (round >= MIN_WARM_UP_ROUNDS && compiling < SETTLED_COMPILATION_SHARE * roundMillis) {
                break;
            }
        }
        List<Phase> pageTurns = new ArrayList<>();
        List<Phase> baselineTurns = new ArrayList<>();
        CpuUse.Sample pageCpu = new CpuUse.Sample(0, 0);
        CpuUse.Sample baselineCpu = new CpuUse.Sample(0, 0);
        for (int turn = 0; turn < TURNS; turn++) {
            CpuUse.Sample start = cpu.now();
            pageTurns.add(load(clients, "/register", register, REQUESTS / TURNS));
            CpuUse.Sample between = cpu.now();
            baselineTurns.add(load(clients, "/login", login, REQUESTS / TURNS));
            pageCpu = pageCpu.plus(between.since(start));
            baselineCpu = baselineCpu.plus(cpu.now().since(between));
        }
        Phase page = Phase.of(pageTurns);
        Phase baseline = Phase.of(baselineTurns);
        cpuPerRequest("/register", pageCpu, page);
        cpuPerRequest("/login", baselineCpu, baseline);
        String figure = "risk-register page, company with %d links, %d clients x %d requests, %s";
        for (int percentile : new int[] {50, 95}) {
            long measured = page.percentile(percentile);
            long base = baseline.percentile(percentile);
            Figure.print(
                    figure.formatted(Sector.FOCUS_LINKS, CLIENTS, REQUESTS, "p" + percentile),
                    Figure.millis(measured) + " (" + page.counted() + ")",
                    "login page p" + percentile + " under the same load " + millisFine(base) + " (" + baseline.counted()
                            + ")",
                    (double) measured / Math.max(1, base),
                    percentile == 95 ? "≤ 5" : "none");
        }
    }

    /** Every client requests the page that many times, one after the other, until the budget is spent. */
    private static Phase load(List<BenchClient> clients, String path, Predicate<String> expected, int requests)
            throws Exception {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<Phase>> results = new ArrayList<>();
            for (BenchClient client : clients) {
                results.add(pool.submit(() -> {
                    long[] times = new long[requests];
                    int made = 0;
                    int good = 0;
                    while (made < requests && System.nanoTime() < deadline) {
                        long started = System.nanoTime();
                        boolean answered;
                        try {
                            HttpResponse<String> response = client.get(path);
                            answered = response.statusCode() == 200 && expected.test(response.body());
                        } catch (IOException noAnswer) { // a timeout or a dropped connection: a failed request
                            answered = false;
                        }
                        times[made++] = System.nanoTime() - started;
                        if (answered) {
                            good++;
                        }
                    }
                    return new Phase(Arrays.copyOf(times, made), good);
                }));
            }
            List<Long> all = new ArrayList<>();
            int good = 0;
            for (Future<Phase> result : results) {
                Arrays.stream(result.get().latencies()).forEach(all::add);
                good += result.get().good();
            }
            Phase phase = new Phase(all.stream().mapToLong(Long::longValue).toArray(), good);
            Figure.progress("%s: %s, p50 %s", path, phase.counted(), millisFine(phase.percentile(50)));
            return phase;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void cpuPerRequest(String path, CpuUse.Sample used, Phase phase) {
        int requests = Math.max(1, phase.latencies().length);
        Figure.progress(
                "%s: CPU per request %.1f ms in the JVM + %.1f ms in PostgreSQL",
                path, used.jvm() / 1e6 / requests, used.database() / 1e6 / requests);
    }

    private static String millisFine(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
