package nl.ketenwijs.riskknowledge.rules;

/** A rule's stable id and its version, raised whenever its thresholds or logic change. */
record RuleId(String id, int version) {}
