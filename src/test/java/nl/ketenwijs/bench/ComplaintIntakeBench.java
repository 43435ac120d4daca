package nl.ketenwijs.bench;

import java.io.IOException;
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
 * should take little on top of it. Each phone opens the form once and then posts new complaints (new form
 * keys) without a photo as fast as its answers come.
 */
final class ComplaintIntakeBench {

    private static final int PHONES = 16;
    private static final long WARM_UP_NANOS = 20_000_000_000L;
    private static final long WINDOW_NANOS = 20_000_000_000L;

    private final ConfigurableApplicationContext context;
    private final String base;

    ComplaintIntakeBench(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.base = "http://localhost:" + port;
    }

    void run() throws Exception {
        Figure.progress("complaint intake: warming up with %d phones", PHONES);
        submitFor(WARM_UP_NANOS);
        double hashesPerSecond = hashesPerSecond();
        Figure.progress("complaint intake: %d phones for %d s", PHONES, WINDOW_NANOS / 1_000_000_000L);
        List<Long> latencies = submitFor(WINDOW_NANOS);
        double submissionsPerSecond = latencies.size() / (WINDOW_NANOS / 1e9);
        Collections.sort(latencies);
        Figure.print(
                "complaint submissions, " + PHONES + " phones at once",
                String.format(
                        Locale.ROOT,
                        "%.1f per second, p50 %s, p99 %s (%d complaints in %d s)",
                        submissionsPerSecond,
                        Figure.millis(percentile(latencies, 0.50)),
                        Figure.millis(percentile(latencies, 0.99)),
                        latencies.size(),
                        WINDOW_NANOS / 1_000_000_000L),
                String.format(
                        Locale.ROOT,
                        "receipt hash (Argon2id) alone %.1f per second on %d threads",
                        hashesPerSecond,
                        Runtime.getRuntime().availableProcessors()),
                submissionsPerSecond / hashesPerSecond,
                "≥ 0.80");
    }

    /** Every core hashing receipts for the length of the window, nothing else. */
    private double hashesPerSecond() throws Exception {
        ReceiptHashes hashes = context.getBean(ReceiptHashes.class);
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + WINDOW_NANOS;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        hashes.hash(Receipt.withNewSecret(Receipt.newLocator()));
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get() / (WINDOW_NANOS / 1e9);
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
