package nl.ketenwijs.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ChildrenInvolved;
import nl.ketenwijs.grievance.cases.Complaint;
import nl.ketenwijs.grievance.cases.ComplaintContent;
import nl.ketenwijs.grievance.cases.ComplaintTheme;
import nl.ketenwijs.grievance.cases.ContactChannel;
import nl.ketenwijs.grievance.intake.Submissions;
import nl.ketenwijs.grievance.intake.Submitted;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompanyCaseFiguresIntegrationTests extends PortalIntegrationTest {

    @Autowired
    CompanyCaseFigures figures;

    @Autowired
    Submissions submissions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Test
    void countsTheCompanysForwardedAndAnsweredComplaintsOfOneYearFromAnyTransaction() {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        UUID company = fixtures.aCompany();
        UUID other = fixtures.aCompany();
        UUID handler = fixtures.aPersonIn(
                        fixtures.organisationNamed("Convenantsecretariaat Voedingsmiddelen"), Role.COMPLAINT_HANDLER)
                .userId();
        forwarded(company, handler, OffsetDateTime.parse("2025-03-01T10:00:00+01:00"), true);
        forwarded(company, handler, OffsetDateTime.parse("2025-12-31T23:30:00+01:00"), false);
        forwarded(company, handler, OffsetDateTime.parse("2025-12-31T23:30:00Z"), true);
        forwarded(other, handler, OffsetDateTime.parse("2025-06-01T10:00:00+02:00"), true);

        assertThat(figures.forCompany(company, 2025)).isEqualTo(new CompanyCaseFigures.Figures(2, 1));
        assertThat(figures.forCompany(company, 2026)).isEqualTo(new CompanyCaseFigures.Figures(1, 1));
        assertThat(tenantScope.asOrganisation(other, () -> figures.forCompany(company, 2025)))
                .as("asked in another company's transaction")
                .isEqualTo(new CompanyCaseFigures.Figures(2, 1));
        assertThat(jdbc.sql("SELECT count(*) FROM forwarded_complaint WHERE organisation_id = ?")
                        .param(company)
                        .query(Integer.class)
                        .single())
                .as("the copies stay closed outside the function")
                .isZero();
    }

    @Test
    void theDemoForwardedOneComplaintToChocolaterieAmstelThatItAnsweredAndOneToDeBoon() {
        TestOrganisations fixtures = new TestOrganisations(jdbc, accounts);
        assertThat(lastTwoYears(fixtures.organisationNamed("Chocolaterie Amstel")))
                .isEqualTo(new CompanyCaseFigures.Figures(1, 1));
        assertThat(lastTwoYears(fixtures.organisationNamed("Koffiebranderij De Boon")))
                .isEqualTo(new CompanyCaseFigures.Figures(1, 0));
        assertThat(complaints
                        .sql("SELECT count(DISTINCT language) FROM grievance_case WHERE id IN (SELECT case_id FROM"
                                + " grievance_submission WHERE sealed_receipt IS NULL) AND language IN"
                                + " ('fr', 'es', 'vi', 'sw', 'id', 'ar')")
                        .query(Integer.class)
                        .single())
                .isEqualTo(6);
    }

    /** The demo's cases came in weeks ago: in the first weeks of a year that is the year before. */
    private CompanyCaseFigures.Figures lastTwoYears(UUID company) {
        int year = java.time.Year.now().getValue();
        CompanyCaseFigures.Figures now = figures.forCompany(company, year);
        CompanyCaseFigures.Figures before = figures.forCompany(company, year - 1);
        return new CompanyCaseFigures.Figures(now.forwarded() + before.forwarded(), now.answered() + before.answered());
    }

    private void forwarded(UUID company, UUID handler, OffsetDateTime at, boolean answered) {
        UUID caseId = aCase();
        complaints
                .sql(
                        "INSERT INTO grievance_case_company (case_id, organisation_id, linked_by, linked_at) VALUES (?, ?, ?, ?)")
                .params(caseId, company, handler, at)
                .update();
        complaints
                .sql("""
                        INSERT INTO forwarded_complaint (id, organisation_id, case_id, reference, forwarded_at, forwarded_by,
                               themes, wrapped_key, content, answered_at, answered_by, answer)
                        VALUES (?, ?, ?, ?, ?, ?, '{WAGES}', 'sealed', '\\x00', ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        company,
                        caseId,
                        "KW-2025-"
                                + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        at,
                        handler,
                        answered ? at.plusDays(3) : null,
                        answered ? handler : null,
                        answered ? new byte[] {1} : null)
                .update();
    }

    private UUID aCase() {
        Complaint complaint = new Complaint(
                new ComplaintContent("Wages were not paid", null, null, null, null, null, null),
                "GH",
                Set.of(ComplaintTheme.WAGES),
                null,
                ChildrenInvolved.UNKNOWN,
                ContactChannel.ANONYMOUS,
                null,
                "en");
        Submitted.Received received = (Submitted.Received) submissions.submit(UUID.randomUUID(), complaint, List.of());
        return complaints
                .sql("SELECT id FROM grievance_case WHERE locator = ?")
                .param(received.receipt().locator())
                .query(UUID.class)
                .single();
    }
}
