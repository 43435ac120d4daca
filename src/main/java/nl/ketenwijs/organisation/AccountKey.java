package nl.ketenwijs.organisation;

import java.io.Serializable;
import java.util.UUID;

/** Who a person is and in which tenant their rows live: enough to act for them before they are logged in. */
public record AccountKey(UUID organisationId, UUID userId) implements Serializable {}
