package nl.ketenwijs.grievance;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A complaint handler found a complaint against a member company substantiated. It carries no content: the
 * reference of the copy the company received, the complaint's themes (names of the portal's themes, such as
 * {@code WAGES}), its country (ISO 3166-1 alpha-3, null when unknown) and the commodity the case was routed
 * by (null when it was routed by a named supplier only).
 */
public record CaseSubstantiated(
        UUID organisationId, String caseReference, List<String> themes, String countryIso3, String commodityCode) {

    public CaseSubstantiated {
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(caseReference);
        themes = List.copyOf(themes);
    }
}
