package nl.ketenwijs.monitoring;

/** The six steps of the OECD Due Diligence Guidance, in their order; a questionnaire's sections. */
public enum DueDiligenceStep {
    POLICY,
    IDENTIFY,
    PREVENT,
    TRACK,
    COMMUNICATE,
    REMEDIATE;

    public String messageKey() {
        return "monitoring.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
