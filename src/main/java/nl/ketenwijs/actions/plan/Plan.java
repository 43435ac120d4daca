package nl.ketenwijs.actions.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;

/** A plan of approach: what the company wants to reach for one or more risks of its register, and how. */
public record Plan(
        UUID id,
        String title,
        String goal,
        List<EntryKey> risks,
        List<Measure> measures,
        String createdBy,
        OffsetDateTime createdAt) {

    public Plan {
        risks = List.copyOf(risks);
        measures = List.copyOf(measures);
    }

    public long overdue(LocalDate today) {
        return measures.stream().filter(m -> m.isOverdue(today)).count();
    }

    public long done() {
        return measures.stream()
                .filter(m -> m.status() == nl.ketenwijs.actions.MeasureStatus.DONE)
                .count();
    }
}
