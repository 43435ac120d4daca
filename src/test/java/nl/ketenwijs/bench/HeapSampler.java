package nl.ketenwijs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** The largest heap in use at any one moment, as seen by a daemon thread looking every 20 ms. */
final class HeapSampler {

    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    private HeapSampler() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        this.thread = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException stopped) {
                            return;
                        }
                    }
                },
                "bench-heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** The peak seen; the sampler stops. */
    long stop() {
        thread.interrupt();
        return peak.get();
    }
}
