package nl.ketenwijs.monitoring.members;

import java.util.List;

/**
 * A branch organisation's members in aggregate: per step the share that took it, for all members and per
 * size class, and the gender view. No member is named or can be singled out: a share of a group below the
 * minimum size is not shown. The gender view: how many members have a grave gender risk, and of those how
 * many have a gender-responsive measure in a plan.
 */
public record BranchProgress(
        String branchName, Share members, List<Row> rows, Share genderRisks, Share genderMeasures) {

    public BranchProgress {
        rows = List.copyOf(rows);
    }

    /** One step: all members, SMEs and large companies, and how many have not taken it. */
    public record Row(String indicator, String labelKey, Share all, Share smes, Share large) {

        public int lagging() {
            return all.group() - all.count();
        }
    }

    /** Whether there are enough members for any figure at all, and so for a mailing to those that lag. */
    public boolean isShown() {
        return members.isShown();
    }
}
