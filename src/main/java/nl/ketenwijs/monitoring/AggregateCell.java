package nl.ketenwijs.monitoring;

import java.util.List;

/**
 * The figures of one group of companies for one reporting year: the whole sector (or a branch's members),
 * one size class, or one branch organisation. {@code name} is the branch's name, the size class's code
 * ({@code SME}, {@code LARGE}) or empty for the sector.
 */
public record AggregateCell(Kind kind, String key, String name, Participation participation, List<StepFigures> steps) {

    public enum Kind {
        SECTOR,
        BRANCH,
        SIZE_CLASS
    }

    public AggregateCell {
        steps = List.copyOf(steps);
    }

    /** True when the maturity figures are withheld: fewer than the minimum of companies count for them. */
    public boolean suppressed() {
        return steps.stream().allMatch(StepFigures::suppressed);
    }

    /**
     * Who was asked and who answered: every company of the group is invited; submitted counts those that
     * handed their assessment in (also when it was returned later), accepted those the reviewer accepted;
     * assessed those whose answers count in the maturity figures (submitted or accepted, not returned). All
     * null when the group has fewer companies than the minimum.
     */
    public record Participation(
            boolean suppressed, Integer invited, Integer submitted, Integer accepted, Integer assessed) {

        public static Participation withheld() {
            return new Participation(true, null, null, null, null);
        }
    }
}
