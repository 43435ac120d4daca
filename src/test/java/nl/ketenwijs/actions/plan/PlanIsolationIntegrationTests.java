package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Another company's plan, measure, progress update and evidence file: unknown to pages and API alike. */
class PlanIsolationIntegrationTests extends PlanIntegrationTest {

    @Test
    void anotherCompanyCannotReadOrChangeAPlanAMeasureAnUpdateOrAnEvidenceFile() throws Exception {
        PlanFixture victim = aCompanyWithARegister();
        PlanFixture attacker = aCompanyWithARegister();
        UUID plan = victim.plan("Secret plan");
        UUID measure = victim.measure(plan, Map.of("title", "Secret measure"));
        mvc.perform(post("/plans/measures/" + measure + "/updates")
                        .with(user(victim.editor))
                        .with(csrf())
                        .param("updateDate", "2026-10-01")
                        .param("updateText", "Secret progress"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/plans/measures/" + measure + "/evidence")
                        .file(new MockMultipartFile(
                                "evidenceFile", "s.pdf", "application/pdf", EvidenceIntegrationTests.PDF))
                        .param("evidenceDate", "2026-10-01")
                        .with(user(victim.editor))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID file = tenantScope.asOrganisation(
                victim.company,
                () -> appJdbc.sql("SELECT id FROM measure_evidence")
                        .query(UUID.class)
                        .single());
        String before = digest(victim.company);

        List<AbstractMockHttpServletRequestBuilder<?>> attempts = List.of(
                get("/plans/" + plan),
                get("/plans/" + plan + "/edit"),
                post("/plans/" + plan)
                        .param("title", "Taken")
                        .param("goal", "x")
                        .param("risk", PlanFixture.COCOA_CHILD_LABOUR),
                get("/plans/" + plan + "/measures/new"),
                attacker.measureForm(post("/plans/" + plan + "/measures"), Map.of()),
                post("/plans/" + plan + "/reviews")
                        .param("reviewDate", "2026-11-01")
                        .param("verdict", "MOVED")
                        .param("learned", "x")
                        .param("changes", "y"),
                get("/plans/measures/" + measure),
                get("/plans/measures/" + measure + "/edit"),
                attacker.measureForm(post("/plans/measures/" + measure), Map.of("title", "Taken")),
                post("/plans/measures/" + measure + "/updates")
                        .param("updateDate", "2026-10-02")
                        .param("updateText", "x"),
                multipart("/plans/measures/" + measure + "/evidence")
                        .param("evidenceDate", "2026-10-02")
                        .param("evidenceNote", "x"),
                get("/plans/evidence/" + file));
        for (AbstractMockHttpServletRequestBuilder<?> attempt : attempts) {
            mvc.perform(attempt.with(user(attacker.editor)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/plans/" + plan).with(user(attacker.editor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans").with(user(attacker.editor)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.plans")
                        .isEmpty());

        assertThat(digest(victim.company)).isEqualTo(before);
        assertThat(digest(attacker.company))
                .as("nothing landed with the attacker either")
                .isEqualTo("0/0/0/0/0");
    }

    private String digest(UUID company) {
        return tenantScope.asOrganisation(
                company, () -> appJdbc.sql("""
                        SELECT (SELECT count(*) FROM action_plan) || '/' || (SELECT count(*) FROM plan_measure) || '/'
                               || (SELECT count(*) FROM measure_update) || '/' || (SELECT count(*) FROM measure_evidence)
                               || '/' || (SELECT count(*) FROM plan_review)
                               || coalesce((SELECT string_agg(title || updated_at, ',') FROM plan_measure), '')
                               || coalesce((SELECT string_agg(title || updated_at, ',') FROM action_plan), '')
                        """).query(String.class).single());
    }
}
