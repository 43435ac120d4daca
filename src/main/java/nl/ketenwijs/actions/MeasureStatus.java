package nl.ketenwijs.actions;

/** Where a measure stands. Only a measure that is neither done nor stopped can be overdue. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    STOPPED;

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
