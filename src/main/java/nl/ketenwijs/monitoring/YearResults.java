package nl.ketenwijs.monitoring;

import java.util.List;

/**
 * The aggregates of one reporting year: the whole group asked about (the sector, or a branch's members),
 * its size classes, and (for the sector) each branch organisation. No cell describes fewer companies than
 * {@link GroupSize#MINIMUM}: such a cell is marked suppressed and carries no figures.
 */
public record YearResults(
        int year, AggregateCell whole, List<AggregateCell> sizeClasses, List<AggregateCell> branches) {

    public YearResults {
        sizeClasses = List.copyOf(sizeClasses);
        branches = List.copyOf(branches);
    }

    /** Every cell, the whole first. */
    public List<AggregateCell> cells() {
        List<AggregateCell> all = new java.util.ArrayList<>();
        all.add(whole);
        all.addAll(sizeClasses);
        all.addAll(branches);
        return all;
    }
}
