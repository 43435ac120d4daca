package nl.ketenwijs.supplychain;

import java.util.UUID;

/** A company's chain changed: a product, raw material or origin was added, changed or removed. */
public record ChainChanged(UUID organisationId) {}
