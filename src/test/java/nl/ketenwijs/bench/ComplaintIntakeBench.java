package nl.ketenwijs.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.ketenwijs.grievance.receipt.Receipt;
import nl.ketenwijs.grievance.receipt.ReceiptHashes;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Complaint submissions per second and their p99 latency with 16 phones posting at once, against what the
 * receipt's Argon2id hash alone allows on the same cores in the same run: the hash is the deliberate cost of
 * a submission, so everything else the portal does (form check, encryption, the fsync'ed commit, the page)
 * should take little on top of it. Each phone opens the form and then posts new complaints (new form keys)
 * without a photo as fast as its answers come; as with the hash, only what finished within the time counts.
 * Each turn also shows what one complaint and one hash cost in CPU ({@link CpuUse}), which a busy neighbour
 * on the machine changes far less than it changes the throughput.
 */
final class ComplaintIntakeBench {

    private static final int PHONES = 16;
    private static final long WARM_UP_ROUND_NANOS = 10_000_000_000L;
    private static final int MIN_WARM_UP_ROUNDS = 2;
    /** Fewer rounds ({@code -Dbench.intake.warm-up-rounds=4}) for a quick look while working on the intake. */
    private static final int MAX_WARM_UP_ROUNDS = Integer.getInteger("bench.intake.warm-up-rounds", 18);
    /** Compiler time per warm-up round below which the JIT counts as settled: 2 % of one core. */
    private static final long SETTLED_COMPILATION_MILLIS = WARM_UP_ROUND_NANOS / 1_000_000 / 50;

    /** Five turns each: on two cores one turn's ratio varies by a few hundredths. */
    private static final int TURNS = 5;

    private static final long TURN_NANOS = 10_000_000_000L;

    private final ConfigurableApplicationContext context;
    private final String base;

    ComplaintIntakeBench(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.base = "http://localhost:" + port;
    }

    void run() throws Exception {
        CpuUse cpu = CpuUse.of(BenchDatabase.of(context));
        warmUp();
        // The phones and the bare hash take turns, so a neighbour's load on this machine falls on both alike.
        List<Long> latencies = new ArrayList<>();
        long hashes = 0;
        for (int turn = 1; turn <= TURNS; turn++) {
            Figure.progress(
                    "complaint intake: turn %d of %d, %d phones for %d s, then the hash alone",
                    turn, TURNS, PHONES, TURN_NANOS / 1_000_000_000L);
            CpuUse.Sample start = cpu.now();
            List<Long> submitted = submitFor(TURN_NANOS);
            CpuUse.Sample submitting = cpu.now().since(start);
            long hashed = hashesFor(TURN_NANOS);
            CpuUse.Sample hashing = cpu.now().since(start).since(submitting);
            Figure.progress(
                    "complaint intake: turn %d: %d complaints, CPU per complaint %.1f ms in the JVM + %.1f ms in"
                            + " PostgreSQL; %d hashes, CPU per hash %.1f ms",
                    turn,
                    submitted.size(),
                    submitting.jvm() / 1e6 / Math.max(1, submitted.size()),
                    submitting.database() / 1e6 / Math.max(1, submitted.size()),
                    hashed,
                    hashing.jvm() / 1e6 / Math.max(1, hashed));
            latencies.addAll(submitted);
            hashes += hashed;
        }
        double seconds = TURNS * TURN_NANOS / 1e9;
        double submissionsPerSecond = latencies.size() / seconds;
        double hashesPerSecond = hashes / seconds;
        Collections.sort(latencies);
        Figure.print(
                "complaint submissions, " + PHONES + " phones at once",
                String.format(
                        Locale.ROOT,
                        "%.1f per second, p50 %s, p99 %s (%d complaints in %.0f s)",
                        submissionsPerSecond,
                        Figure.millis(percentile(latencies, 0.50)),
                        Figure.millis(percentile(latencies, 0.99)),
                        latencies.size(),
                        seconds),
                String.format(
                        Locale.ROOT,
                        "receipt hash (Argon2id) alone %.1f per second on %d threads (%d hashes in %.0f s)",
                        hashesPerSecond,
                        Runtime.getRuntime().availableProcessors(),
                        hashes,
                        seconds),
                submissionsPerSecond / hashesPerSecond,
                "≥ 0.80");
    }

    /**
     * Posts until the JIT has compiled the submission path: a few hundred requests a second leave the compiler
     * busy for a minute or more, and a window measured while it works counts start-up as the portal's cost.
     */
    private void warmUp() throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
            long compiledBefore = jit.getTotalCompilationTime();
            submitFor(WARM_UP_ROUND_NANOS);
            long compiling = jit.getTotalCompilationTime() - compiledBefore;
            Figure.progress("complaint intake: warm-up round %d, JIT compiling %d ms", round, compiling);
            if (round >= MIN_WARM_UP_ROUNDS && compiling < SETTLED_COMPILATION_MILLIS) {
                return;
            }
        }
    }

    /** How many receipts every core hashing, and nothing else, gets done in the given time. */
    private long hashesFor(long nanos) throws Exception {
        ReceiptHashes hashes = context.getBean(ReceiptHashes.class);
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + nanos;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        hashes.hash(Receipt.withNewSecret(Receipt.newLocator()));
                        if (System.nanoTime() <= end) {
                            done.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get();
    }

    /** The latency of every complaint that got its receipt within the window. */
    private List<Long> submitFor(long nanos) throws Exception {
        long end = System.nanoTime() + nanos;
        ExecutorService pool = Executors.newFixedThreadPool(PHONES);
        try {
            List<Future<List<Long>>> phones = new ArrayList<>();
            for (int i = 0; i < PHONES; i++) {
                phones.add(pool.submit(() -> submitUntil(end)));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<List<Long>> phone : phones) {
                latencies.addAll(phone.get());
            }
            return latencies;
        } finally {
            pool.shutdown();
        }
    }

    private List<Long> submitUntil(long end) throws IOException, InterruptedException {
        PortalClient phone = new PortalClient(base);
        phone.openForm();
        List<Long> latencies = new ArrayList<>();
        while (System.nanoTime() < end) {
            UUID formKey = UUID.randomUUID();
            long start = System.nanoTime();
            if (phone.submit(formKey, "Bench complaint " + formKey, null).isEmpty()) {
                throw new IllegalStateException("A complaint got no receipt");
            }
            long finished = System.nanoTime();
            if (finished <= end) {
                latencies.add(finished - start);
            }
        }
        return latencies;
    }

    private static long percentile(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }
}
