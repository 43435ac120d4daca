package nl.ketenwijs.actions.collective;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.ketenwijs.organisation.OrganisationKind;

/** An organisation in a project, as the other participants see it: its name and kind, never its data. */
public record Participant(
        UUID organisationId,
        String name,
        OrganisationKind kind,
        boolean lead,
        Participation participation,
        OffsetDateTime joinedAt) {}
