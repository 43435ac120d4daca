package nl.ketenwijs.monitoring.members;

import nl.ketenwijs.monitoring.GroupSize;

/** How many of a group of members have taken a step; shown only for a group of the minimum size. */
public record Share(int group, int count) {

    public boolean isShown() {
        return GroupSize.isEnough(group);
    }

    /** Rounded to whole percent; 0 for an empty group. */
    public int percent() {
        return group == 0 ? 0 : Math.round(100f * count / group);
    }
}
