package nl.ketenwijs.reporting.annual;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A published edition or one being generated, with its progress; the snapshot and PDF stay in the table. */
public record Edition(
        UUID id,
        int year,
        int version,
        String status,
        int stepsTotal,
        int stepsDone,
        String requestedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        boolean interrupted) {

    public boolean isRunning() {
        return "GENERATING".equals(status) && !interrupted;
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public int percent() {
        return stepsDone * 100 / stepsTotal;
    }

    public long seconds() {
        OffsetDateTime end = finishedAt == null ? OffsetDateTime.now() : finishedAt;
        return Duration.between(startedAt, end).toSeconds();
    }
}
