package nl.ketenwijs.riskknowledge.editions;

import java.time.OffsetDateTime;

/** One switch of a data set's active edition, from the append-only history. */
public record EditionSwitch(String edition, String previousEdition, OffsetDateTime switchedAt, String switchedBy) {}
