package nl.ketenwijs.grievance.routing;

/**
 * What a company reads of a complaint: only these fields, as the handler reviewed and edited them. Country
 * and themes travel as plain columns; the person's words as this record, sealed under the copy's key.
 */
public record CopyContent(String region, String since, String whatHappened, String wish) {}
