package nl.ketenwijs.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.actions.plan.MeasureDraft;
import nl.ketenwijs.actions.plan.PlanDraft;
import nl.ketenwijs.actions.plan.Plans;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PlanFiguresIntegrationTests extends WebIntegrationTest {

    @Autowired
    PlanFigures figures;

    @Autowired
    Plans plans;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    AccountDirectory accounts;

    @Test
    void countsOneCompanysPlansAndMeasuresByStateInItsOwnTenant() {
        TestOrganisations organisations = new TestOrganisations(jdbc, accounts);
        UUID company = organisations.aCompany();
        UUID other = organisations.aCompany();
        tenantScope.asOrganisation(
                company, () -> appJdbc.sql("""
                        INSERT INTO register_entry (organisation_id, commodity_code, country_iso3, theme,
                                                    inherent_level, products, evaluated_at)
                        VALUES (?, 'vanilla', 'MDG', 'discrimination_gender', 'HIGH', ARRAY['Vla'], now())
                        """).param(company).update());
        LocalDate today = LocalDate.now();
        tenantScope.asOrganisation(company, () -> {
            plans.createWithMeasures(
                    company,
                    new PlanDraft("Vanilla", "Equal pay.", List.of("vanilla/MDG/discrimination_gender")),
                    List.of(
                            measure("Late", today.minusDays(3), "IN_PROGRESS", true),
                            measure("Done", today.minusDays(3), "DONE", true),
                            measure("Planned", today.plusDays(30), "PLANNED", false),
                            measure("Stopped", today.minusDays(3), "STOPPED", false)),
                    "test");
            return plans.create(
                    company, new PlanDraft("Second", "Goal.", List.of("vanilla/MDG/discrimination_gender")), "test");
        });

        assertThat(figures.of(company)).isEqualTo(new PlanFigures.Figures(2, 4, 2, 1, 1, 2));
        assertThat(figures.of(other)).isEqualTo(new PlanFigures.Figures(0, 0, 0, 0, 0, 0));
    }

    private static MeasureDraft measure(String title, LocalDate due, String status, boolean gender) {
        return new MeasureDraft(
                title,
                "",
                "PREVENT",
                "Anna",
                "anna@example.org",
                null,
                due.toString(),
                status,
                null,
                null,
                null,
                null,
                null,
                gender);
    }
}
