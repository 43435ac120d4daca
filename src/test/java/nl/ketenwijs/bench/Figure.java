package nl.ketenwijs.bench;

import java.util.Locale;

/**
 * One line of the benchmark's answer: a figure, its baseline from the same run, and their ratio against the
 * target. Only these lines go to standard output; progress goes to standard error.
 */
final class Figure {

    private Figure() {}

    static void print(String figure, String measured, String baseline, double ratio, String target) {
        System.out.printf(
                Locale.ROOT,
                "%s: %s; baseline %s; ratio %.2f (target %s)%n",
                figure,
                measured,
                baseline,
                ratio,
                target);
        System.out.flush();
    }

    /** A figure that could not be measured: the line still says what the baseline was and why. */
    static void refused(String figure, String why, String baseline, String target) {
        System.out.printf(
                Locale.ROOT, "%s: refused: %s; baseline %s; ratio n/a (target %s)%n", figure, why, baseline, target);
        System.out.flush();
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%d ms", Math.round(nanos / 1e6));
    }

    static void progress(String message, Object... arguments) {
        System.err.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), message.formatted(arguments));
    }
}
