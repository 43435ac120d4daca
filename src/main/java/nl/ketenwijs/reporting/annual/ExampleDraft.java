package nl.ketenwijs.reporting.annual;

import java.util.UUID;

/** The secretariat's text of an example, checked by the form before it gets here. */
public record ExampleDraft(UUID organisationId, String title, String body, String quote, String quotedPerson) {}
