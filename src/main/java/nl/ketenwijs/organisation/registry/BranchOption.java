package nl.ketenwijs.organisation.registry;

import java.util.UUID;

/** A branch organisation a company can be a member of. */
public record BranchOption(UUID id, String name) {}
