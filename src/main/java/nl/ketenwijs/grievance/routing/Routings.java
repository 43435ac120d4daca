package nl.ketenwijs.grievance.routing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseSeals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The routing rows of a case (criteria, linked companies, consent, findings), inside a transaction of
 * {@link nl.ketenwijs.grievance.cases.ComplaintsScope}. A named supplier and a handler's note on consent are
 * the person's information and stay sealed under the case's key.
 */
@Component
class Routings {

    private final JdbcClient jdbc;
    private final CaseSeals keys;

    Routings(JdbcClient jdbc, CaseSeals keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    Optional<CaseFacts> facts(UUID caseId) {
        return jdbc.sql("SELECT id, status, received_at, country, themes FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query((rs, n) -> new CaseFacts(
                        rs.getObject("id", UUID.class),
                        rs.getString("status"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("country"),
                        Arrays.asList((String[]) rs.getArray("themes").getArray())))
                .optional();
    }

    /** Whether the person left a way to reach them: only then is there an identity to release. */
    boolean reachable(UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM grievance_case WHERE id = ? AND contact_channel <> 'ANONYMOUS'")
                        .param(caseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    RoutingCriteria criteria(UUID caseId) {
        return jdbc.sql(
                        "SELECT commodity_code, country_iso3, supplier_name FROM grievance_case_routing WHERE case_id = ?")
                .param(caseId)
                .query((rs, n) -> new RoutingCriteria(
                        rs.getString(1), rs.getString(2), open(caseId, rs.getBytes(3), supplierPlace(caseId))))
                .optional()
                .orElse(RoutingCriteria.NONE);
    }

    void saveCriteria(UUID caseId, RoutingCriteria criteria, UUID by, Instant at) {
        jdbc.sql("""
                        INSERT INTO grievance_case_routing (case_id, commodity_code, country_iso3, supplier_name,
                                                            updated_by, updated_at)
                        VALUES (:case, :commodity, :country, :supplier, :by, :at)
                        ON CONFLICT (case_id) DO UPDATE SET commodity_code = excluded.commodity_code,
                               country_iso3 = excluded.country_iso3, supplier_name = excluded.supplier_name,
                               updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .param("case", caseId)
                .param("commodity", criteria.commodityCode())
                .param("country", criteria.countryIso3())
                .param("supplier", seal(caseId, criteria.supplierName(), supplierPlace(caseId)))
                .param("by", by)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<LinkedCompany> linked(UUID caseId) {
        return jdbc.sql("""
                        SELECT l.organisation_id, o.name, l.linked_at, f.id AS copy_id, f.forwarded_at, f.answered_at,
                               s.marked_at
                          FROM grievance_case_company l
                          JOIN organisation o ON o.id = l.organisation_id
                          LEFT JOIN forwarded_complaint f
                                 ON f.case_id = l.case_id AND f.organisation_id = l.organisation_id
                          LEFT JOIN grievance_case_substantiated s
                                 ON s.case_id = l.case_id AND s.organisation_id = l.organisation_id
                         WHERE l.case_id = ?
                         ORDER BY lower(o.name)
                        """)
                .param(caseId)
                .query((rs, n) -> new LinkedCompany(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getTimestamp("linked_at").toInstant(),
                        rs.getObject("copy_id", UUID.class),
                        instant(rs.getTimestamp("forwarded_at")),
                        instant(rs.getTimestamp("answered_at")),
                        instant(rs.getTimestamp("marked_at"))))
                .list();
    }

    /** False when the organisation is no member company. Linking twice is one link. */
    boolean link(UUID caseId, UUID organisationId, UUID by, Instant at) {
        return jdbc.sql("""
                                INSERT INTO grievance_case_company (case_id, organisation_id, linked_by, linked_at)
                                SELECT ?, id, ?, ? FROM organisation WHERE id = ? AND kind = 'COMPANY'
                                ON CONFLICT (case_id, organisation_id) DO NOTHING
                                """)
                                .params(caseId, by, at.atOffset(ZoneOffset.UTC), organisationId)
                                .update()
                        > 0
                || isLinked(caseId, organisationId);
    }

    /** Only before forwarding: a company that holds a copy stays linked, so the copy keeps its case. */
    boolean unlink(UUID caseId, UUID organisationId) {
        return jdbc.sql("""
                        DELETE FROM grievance_case_company l WHERE l.case_id = ? AND l.organisation_id = ?
                           AND NOT EXISTS (SELECT 1 FROM forwarded_complaint f
                                            WHERE f.case_id = l.case_id AND f.organisation_id = l.organisation_id)
                           AND NOT EXISTS (SELECT 1 FROM grievance_case_substantiated s
                                            WHERE s.case_id = l.case_id AND s.organisation_id = l.organisation_id)
                        """).params(caseId, organisationId).update() > 0;
    }

    boolean isLinked(UUID caseId, UUID organisationId) {
        return jdbc.sql("SELECT count(*) FROM grievance_case_company WHERE case_id = ? AND organisation_id = ?")
                        .params(caseId, organisationId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Consent consent(UUID caseId) {
        return jdbc.sql("""
                        SELECT id, given, recorded_by, note, recorded_at FROM grievance_consent
                         WHERE case_id = ? ORDER BY recorded_at DESC, id LIMIT 1
                        """)
                .param(caseId)
                .query((rs, n) -> new Consent(
                        rs.getBoolean("given"),
                        rs.getObject("recorded_by") != null,
                        open(caseId, rs.getBytes("note"), notePlace(rs.getObject("id", UUID.class))),
                        rs.getTimestamp("recorded_at").toInstant()))
                .optional()
                .orElse(Consent.NOT_ASKED);
    }

    /** A decision; {@code by} and {@code note} are null when the complainant made it on their own page. */
    void recordConsent(UUID caseId, boolean given, UUID by, String note, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO grievance_consent (id, case_id, given, recorded_by, note, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, caseId, given, by, seal(caseId, note, notePlace(id)), at.atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean markSubstantiated(UUID caseId, UUID organisationId, UUID by, Instant at) {
        return jdbc.sql("""
                                INSERT INTO grievance_case_substantiated (case_id, organisation_id, marked_by, marked_at)
                                SELECT case_id, organisation_id, ?, ? FROM grievance_case_company
                                 WHERE case_id = ? AND organisation_id = ?
                                ON CONFLICT (case_id, organisation_id) DO NOTHING
                                """)
                        .params(by, at.atOffset(ZoneOffset.UTC), caseId, organisationId)
                        .update()
                > 0;
    }

    private byte[] seal(UUID caseId, String value, String place) {
        return value == null ? null : keys.seal(caseId, value.getBytes(StandardCharsets.UTF_8), place);
    }

    private String open(UUID caseId, byte[] sealed, String place) {
        return sealed == null ? null : new String(keys.open(caseId, sealed, place), StandardCharsets.UTF_8);
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String supplierPlace(UUID caseId) {
        return "grievance_case_routing.supplier_name:" + caseId;
    }

    private static String notePlace(UUID consentId) {
        return "grievance_consent.note:" + consentId;
    }
}
