package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.CaseSubstantiated;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** grievance.CaseSubstantiated through the event publication registry into the company's plan. */
class ComplaintMeasuresIntegrationTests extends PlanIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Plans plans;

    @Test
    void aSubstantiatedComplaintBecomesOneRemedyMeasureInThePlanForItsRisk() throws Exception {
        PlanFixture company = aCompanyWithARegister();
        new TestOrganisations(jdbc, accounts).aPersonIn(company.company, Role.COMPANY_ADMIN);
        UUID older = company.plan("Older cocoa plan");
        UUID vanilla = tenantScope.asOrganisation(
                company.company,
                () -> plans.store(
                        company.company,
                        new PlanDraft("Vanilla", "Equal pay for women.", List.of(PlanFixture.VANILLA_GENDER)),
                        List.of(),
                        "test",
                        false));
        String reference =
                "KW-2026-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        CaseSubstantiated event =
                new CaseSubstantiated(company.company, reference, List.of("CHILD_LABOUR", "OTHER"), "CIV", "cocoa");

        publish(event);
        publish(event);

        String title = "Herstel na gegronde klacht " + reference;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(titles(company, older)).contains(title);
            assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                                    + " AND event_type = ? AND serialized_event LIKE ?")
                            .params(CaseSubstantiated.class.getName(), "%" + reference + "%")
                            .query(Integer.class)
                            .single())
                    .as("both deliveries completed")
                    .isZero();
        });
        assertThat(titles(company, older)).filteredOn(title::equals).hasSize(1);
        assertThat(titles(company, vanilla)).doesNotContain(title);
    }

    private void publish(CaseSubstantiated event) {
        tenantScope.asPlatform(() -> events.publishEvent(event));
    }

    private List<String> titles(PlanFixture company, UUID plan) {
        return tenantScope.asOrganisation(
                company.company,
                () -> plans.plan(company.company, plan).measures().stream()
                        .map(Measure::title)
                        .toList());
    }
}
