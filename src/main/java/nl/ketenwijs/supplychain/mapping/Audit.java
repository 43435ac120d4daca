package nl.ketenwijs.supplychain.mapping;

import java.time.LocalDate;

/** A supplier's last audit: when, by which scheme or auditor (optional), with what result and note. */
public record Audit(LocalDate date, String scheme, AuditResult result, String note) {}
