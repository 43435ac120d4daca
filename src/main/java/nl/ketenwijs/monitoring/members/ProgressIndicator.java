package nl.ketenwijs.monitoring.members;

/**
 * A step a member company takes in its due diligence, as a branch organisation follows it: each names the
 * page where a member that has not taken it can start.
 */
enum ProgressIndicator {
    /** A classified raw material with a known country of origin. */
    MAPPED_CHAIN("/chain"),
    /** At least one risk of the register confirmed, adjusted or dismissed by the company. */
    JUDGED_REGISTER("/register"),
    /** At least one plan of approach. */
    WITH_PLAN("/plans");

    private final String startPath;

    ProgressIndicator(String startPath) {
        this.startPath = startPath;
    }

    String startPath() {
        return startPath;
    }

    String messageKey() {
        return "members.indicator." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
