package nl.ketenwijs.actions.collective;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;

/**
 * A collective project on one shared risk, as every organisation may read it: its title, goal and risk.
 *
 * @param joined how many organisations take part
 */
public record Project(
        UUID id,
        String title,
        String goal,
        EntryKey risk,
        boolean active,
        String startedBy,
        OffsetDateTime createdAt,
        int joined) {}
