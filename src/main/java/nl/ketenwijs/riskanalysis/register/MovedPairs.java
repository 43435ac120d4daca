package nl.ketenwijs.riskanalysis.register;

/**
 * The (commodity, country) pairs one of whose levels moved, or whose verdicts went, after a knowledge revision
 * ({@code pair_judgement.changed_revision}), in key order, as the two arrays a statement's {@code unnest} reads.
 * Asked once per revision a re-evaluation finds registers at, not by each of a thousand registers: finding them
 * meant reading every pair of the sector's judgements, which took longer than bringing the register in line.
 */
record MovedPairs(String[] commodities, String[] countries) {

    static final MovedPairs NONE = new MovedPairs(new String[0], new String[0]);
}
