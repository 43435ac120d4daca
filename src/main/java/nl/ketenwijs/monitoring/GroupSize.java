package nl.ketenwijs.monitoring;

/**
 * The smallest group of companies an aggregate may describe to anyone but the companies themselves. Below
 * it, a share or a count could be traced back to one member (who is in a branch is known), so it is
 * suppressed and the page says why.
 */
public final class GroupSize {

    public static final int MINIMUM = 5;

    private GroupSize() {}

    public static boolean isEnough(int companies) {
        return companies >= MINIMUM;
    }
}
