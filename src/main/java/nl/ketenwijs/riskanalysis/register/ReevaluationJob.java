package nl.ketenwijs.riskanalysis.register;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One re-evaluation of all registers and how far it got.
 *
 * @param kind {@code edition} (details: data set, edition), {@code expert} (raw material, theme) or
 *     {@code shipped} (the raw materials whose shipped expert entries changed)
 * @param interrupted it stopped reporting before it finished: its instance went down, and the event it
 *     answers is run again when the application starts
 */
public record ReevaluationJob(
        UUID id,
        String kind,
        List<String> details,
        int total,
        int done,
        int failed,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        boolean interrupted) {

    public ReevaluationJob {
        details = List.copyOf(details);
    }

    public boolean isRunning() {
        return finishedAt == null && !interrupted;
    }

    public int percent() {
        return total == 0 ? 100 : (done + failed) * 100 / total;
    }

    /** Seconds from start to finish, or to now while it runs. */
    public long seconds() {
        return Duration.between(startedAt, finishedAt == null ? OffsetDateTime.now() : finishedAt)
                .toSeconds();
    }
}
