package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class PlanApiIntegrationTests extends PlanIntegrationTest {

    /** Documented demo token (see MeApiIntegrationTests) of Cacaohuis Zaandam, which has a demo plan. */
    static final String CACAOHUIS_EDITOR = "kwdemo-cacaohuis-editor-7f3a9c2e41b8d613";

    static final String PLAN = """
            {"title": "Living income in cocoa", "goal": "Half our volume at the reference price by 2027.",
             "risks": [{"commodity": "cocoa", "country": "CIV", "theme": "living_wage"}],
             "measures": [
               {"title": "Reference price", "type": "REMEDIATE", "ownerName": "Anna", "ownerEmail": "anna@example.org",
                "startDate": "2026-01-01", "dueDate": "%s", "status": "IN_PROGRESS", "genderResponsive": true,
                "indicator": {"name": "Volume at the price", "unit": "%%", "baseline": 0, "target": 50, "current": 12.5}}
             ]}
            """;

    PlanFixture fixture;

    @BeforeEach
    void aCompany() {
        fixture = aCompanyWithARegister();
    }

    @Test
    void aBearerTokenReadsItsCompanysPlansWithTheirMeasuresAndNeverAnothers() throws Exception {
        UUID cacaohuis = new TestOrganisations(jdbc, accounts).organisationNamed("Cacaohuis Zaandam");
        UUID koffie = new TestOrganisations(jdbc, accounts).organisationNamed("Koffiebranderij De Boon");
        UUID theirs = planOf(koffie);
        UUID own = planOf(cacaohuis);

        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + CACAOHUIS_EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plans[*].id").value(hasItem(own.toString())))
                .andExpect(jsonPath("$.plans[*].id").value(not(hasItem(theirs.toString()))))
                .andExpect(jsonPath("$.plans[0].measures[0].ownerEmail").exists())
                .andExpect(jsonPath("$.plans[0].measures[*].overdue").value(hasItem(true)));
        mvc.perform(get("/api/v1/plans/" + own).header("Authorization", "Bearer " + CACAOHUIS_EDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.risks[0].commodity").value("cocoa"));
        mvc.perform(get("/api/v1/plans/" + theirs).header("Authorization", "Bearer " + CACAOHUIS_EDITOR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPlanWithItsMeasuresIsCreatedAndReadBack() throws Exception {
        String due = LocalDate.now().plusDays(90).toString();
        String location = mvc.perform(post("/api/v1/plans")
                        .with(user(fixture.editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PLAN.formatted(due)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.measures[0].indicator.current").value(12.5))
                .andExpect(jsonPath("$.measures[0].genderResponsive").value(true))
                .andExpect(jsonPath("$.measures[0].overdue").value(false))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get(location).with(user(fixture.viewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Living income in cocoa"))
                .andExpect(jsonPath("$.measures[0].dueDate").value(due))
                .andExpect(jsonPath("$.measures[0].status").value("IN_PROGRESS"));
    }

    @Test
    void aPlanWithBadMeasuresIsRefusedWithEveryFieldAndNothingIsStored() throws Exception {
        String bad = """
                {"title": "", "goal": "x", "risks": [{"commodity": "tea", "country": "KEN", "theme": "child_labour"}],
                 "measures": [
                   {"title": "Ok", "type": "PREVENT", "ownerName": "Anna", "ownerEmail": "anna@example.org",
                    "dueDate": "2027-01-01"},
                   {"title": "No owner", "type": "PREVENT", "ownerEmail": "not-an-address",
                    "startDate": "2027-05-01", "dueDate": "2027-04-01",
                    "indicator": {"name": "x", "baseline": -1}},
                   {"title": "No date", "type": "SOMETHING", "ownerName": "Bo", "ownerEmail": "bo@example.org"}
                 ]}
                """;
        mvc.perform(post("/api/v1/plans")
                        .with(user(fixture.editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("Title: fill this in.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'risks')].message")
                        .value(hasItem("Risks: tea/KEN/child_labour is not in your register.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'measures[1].ownerName')].message")
                        .value(hasItem(org.hamcrest.Matchers.startsWith("Owner (name): enter the name"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'measures[1].ownerEmail')]")
                        .isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'measures[1].dueDate')].message")
                        .value(hasItem("Due date: lies before the start date.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'measures[1].baseline')].message")
                        .value(hasItem("Baseline: must not be negative.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'measures[2].dueDate')].message")
                        .value(hasItem("Due date: enter the date by which the measure should be done.")))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'measures[2].type')]").isNotEmpty())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'measures[0].title')]").isEmpty());
        assertThat(tenantScope.asOrganisation(
                        fixture.company,
                        () -> appJdbc.sql("SELECT count(*) FROM action_plan")
                                .query(Integer.class)
                                .single()))
                .isZero();
    }

    @Test
    void aViewerMayReadButNotCreate() throws Exception {
        mvc.perform(get("/api/v1/plans").with(user(fixture.viewer))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/plans")
                        .with(user(fixture.viewer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PLAN.formatted("2027-01-01")))
                .andExpect(status().isForbidden());
        assertThat(tenantScope.asOrganisation(
                        fixture.company,
                        () -> appJdbc.sql("SELECT count(*) FROM action_plan")
                                .query(Integer.class)
                                .single()))
                .isZero();
    }

    private UUID planOf(UUID company) {
        return tenantScope.asOrganisation(
                company,
                () -> appJdbc.sql("SELECT id FROM action_plan ORDER BY created_at LIMIT 1")
                        .query(UUID.class)
                        .single());
    }
}
