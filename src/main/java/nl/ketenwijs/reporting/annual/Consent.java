package nl.ketenwijs.reporting.annual;

/** A company's answer to the request to publish an example about it; only GIVEN lets it into the report. */
public enum Consent {
    REQUESTED,
    GIVEN,
    REFUSED
}
