package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.actions.PlanFigures;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's plans, read only: what a visitor of the demo is shown. */
class DemoPlansIntegrationTests extends WebIntegrationTest {

    @Autowired
    PlanFigures figures;

    @Autowired
    AccountDirectory accounts;

    @Test
    void mostDemoCompaniesHaveAPlanWithMeasuresDoneUnderWayAndOverdue() {
        TestOrganisations organisations = new TestOrganisations(jdbc, accounts);
        int withPlans = 0;
        for (DemoPlans.Subject subject : DemoPlans.SUBJECTS) {
            PlanFigures.Figures company = figures.of(organisations.organisationNamed(subject.company()));
            if (company.plans() > 0) {
                withPlans++;
                assertThat(company.done()).as(subject.company()).isPositive();
                assertThat(company.overdue()).as(subject.company()).isPositive();
                assertThat(company.open()).as(subject.company()).isGreaterThan(company.overdue());
            }
        }
        assertThat(withPlans).isEqualTo(DemoPlans.SUBJECTS.size());
        assertThat(DemoPlans.SUBJECTS.size())
                .as("most of the demo's companies")
                .isGreaterThan(jdbc.sql(
                                        "SELECT count(*) FROM organisation WHERE kind = 'COMPANY' AND name NOT ILIKE 'company %'")
                                .query(Integer.class)
                                .single()
                        / 2);

        UUID vanilla = organisations.organisationNamed("Vanillehuis Delft");
        assertThat(figures.of(vanilla).genderResponsive()).isEqualTo(3);
    }
}
