package nl.ketenwijs.grievance;

import java.util.List;

/**
 * The figures of the complaints mechanism for one year (cases received in that year, UTC), for the annual
 * report, the public figures page and the yearly effectiveness review. Every count of 1 to 4 is given only as
 * "fewer than five", so that no complainant can be picked out of a small group; a median or a share is given
 * only when it rests on at least five cases.
 */
public record ComplaintFigures(
        int year,
        Count total,
        List<Tally> byTheme,
        List<Tally> byCountry,
        List<Tally> byCommodity,
        List<Tally> byStage,
        List<Tally> byOutcome,
        List<Tally> byGender,
        List<Tally> byLanguage,
        List<Tally> byChannel,
        Count assisted,
        List<StageDuration> stageDurations,
        Share acknowledgedInTime,
        Share feedbackInTime,
        List<PublicSummary> summaries) {

    /** Groups of fewer cases than this are not counted exactly in anything published. */
    public static final int SMALLEST_GROUP = 5;

    /** A number of cases: exact from five on, otherwise only "fewer than five" (zero stays zero). */
    public record Count(int value, boolean fewerThanFive) {

        public static Count of(long cases) {
            return cases > 0 && cases < SMALLEST_GROUP ? new Count(0, true) : new Count((int) cases, false);
        }
    }

    /**
     * A group of cases by a plain code: a theme, a country, a commodity (as the handler routed the case; empty
     * while not routed), a stage, an outcome, a gender, a language.
     */
    public record Tally(String code, Count count) {}

    /** The median number of days cases spent in a stage before they moved on; null for fewer than five. */
    public record StageDuration(String stage, Count cases, Double medianDays) {}

    /** How many of the cases that reached a clock met it; the percentage only from five cases on. */
    public record Share(Count met, Count of, Integer percent) {

        public static Share of(long met, long of) {
            Integer percent = of >= SMALLEST_GROUP ? (int) Math.round(100.0 * met / of) : null;
            return new Share(Count.of(met), Count.of(of), percent);
        }
    }

    /** The anonymised summary of a closed case that its handler published. */
    public record PublicSummary(String stageOrOutcome, String text) {}
}
