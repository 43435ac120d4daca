package nl.ketenwijs.bench;

import java.util.List;
import java.util.Locale;
import nl.ketenwijs.KetenwijsApplication;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Risk profiles for every commodity × country pair, run by bench/run through {@link Benchmarks} (never by
 * the test suite). Each
 * figure is printed with a baseline from the same run, so that the ratio means something on any machine:
 * the baseline walks the same pairs and themes without any rule.
 */
public final class RiskProfileBench {

    private static final int ROUNDS = 3;

    private RiskProfileBench() {}

    public static void main(String[] args) {
        // The whole application, as it runs: its web server listens on a free port nobody calls.
        try (ConfigurableApplicationContext context = SpringApplication.run(KetenwijsApplication.class, args)) {
            run(context);
        }
    }

    static void run(ConfigurableApplicationContext context) {
        List<Commodity> commodities = context.getBean(Commodities.class).all();
        List<Country> countries = context.getBean(Countries.class).all();
        RiskProfiles profiles = context.getBean(RiskProfiles.class);
        long pairs = (long) commodities.size() * countries.size();

        profileAll(profiles, commodities, countries); // warms the evidence cache and the JIT
        long best = Long.MAX_VALUE;
        long baseline = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            best = Math.min(best, time(() -> profileAll(profiles, commodities, countries)));
            baseline = Math.min(baseline, time(() -> walkAll(commodities, countries)));
        }
        print("risk profiles, all " + pairs + " commodity x country pairs", best, baseline, pairs);
    }

    private static long profileAll(RiskProfiles profiles, List<Commodity> commodities, List<Country> countries) {
        long themes = 0;
        for (Commodity commodity : commodities) {
            for (Country country : countries) {
                RiskProfile profile = profiles.profile(commodity, country);
                themes += profile.themes().size();
            }
        }
        return themes;
    }

    private static long walkAll(List<Commodity> commodities, List<Country> countries) {
        long themes = 0;
        for (Commodity commodity : commodities) {
            for (Country country : countries) {
                themes += Theme.values().length + (commodity.hashCode() ^ country.hashCode()) % 2;
            }
        }
        return themes;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static void print(String figure, long nanos, long baselineNanos, long pairs) {
        System.out.printf(
                Locale.ROOT,
                "%s: %.1f ms, %.0f pairs/s; baseline (same pairs, no rules) %.2f ms; ratio %.0f%n",
                figure,
                nanos / 1e6,
                pairs / (nanos / 1e9),
                baselineNanos / 1e6,
                (double) nanos / Math.max(1, baselineNanos));
    }
}
