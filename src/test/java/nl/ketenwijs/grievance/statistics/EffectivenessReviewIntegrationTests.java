package nl.ketenwijs.grievance.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EffectivenessReviewIntegrationTests extends PortalIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Test
    void theSecretariatReviewsAYearAgainstTheEightCriteriaWithItsFiguresBeside() throws Exception {
        Account handler = accounts.loadUserByUsername("klachten@secretariaat.example");
        int year = ThreadLocalRandom.current().nextInt(2101, 2200);
        String blank = page(handler, year);
        assertThat(blank)
                .contains("Legitimate", "Accessible", "Predictable", "Equitable", "Transparent", "Rights-compatible")
                .contains("A source of continuous learning", "Based on engagement and dialogue")
                .contains("Acknowledged within 7 days", "Filed with the help of a partner organisation")
                .contains("Not assessed yet");

        mvc.perform(post("/complaints/review/" + year)
                        .with(user(handler))
                        .with(csrf())
                        .param("status-ACCESSIBLE", "PARTLY_MET")
                        .param("assessment-ACCESSIBLE", "Few voice notes; <i>Swahili</i> speakers file through NGOs.")
                        .param("status-PREDICTABLE", "MET"))
                .andExpect(status().is3xxRedirection());
        String saved = page(handler, year);
        assertThat(saved)
                .contains("Few voice notes; &lt;i&gt;Swahili&lt;/i&gt; speakers file through NGOs.")
                .containsPattern("value=\"PARTLY_MET\" selected")
                .containsPattern("value=\"MET\" selected");
        assertThat(complaints
                        .sql("SELECT count(*) FROM grievance_effectiveness_review WHERE year = ?")
                        .param(year)
                        .query(Integer.class)
                        .single())
                .isEqualTo(8);

        mvc.perform(post("/complaints/review/" + year)
                        .with(user(handler))
                        .with(csrf())
                        .param("assessment-LEGITIMATE", "x".repeat(5001)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyTheSecretariatReviewsAndANonYearIsNoPage() throws Exception {
        Account company = accounts.loadUserByUsername("admin@cacaohuis-zaandam.example");
        mvc.perform(get("/complaints/review/2026").with(user(company))).andExpect(status().isForbidden());
        Account handler = accounts.loadUserByUsername("klachten@secretariaat.example");
        mvc.perform(get("/complaints/review/not-a-year").with(user(handler))).andExpect(status().isNotFound());
        mvc.perform(get("/complaints/review").with(user(handler))).andExpect(status().is3xxRedirection());
    }

    private String page(Account handler, int year) throws Exception {
        return mvc.perform(get("/complaints/review/" + year).with(user(handler)).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
