package nl.ketenwijs.monitoring.assessment;

/** Where a self-assessment is: the company edits a draft or a returned one; the others are the reviewer's. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "assessment.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
