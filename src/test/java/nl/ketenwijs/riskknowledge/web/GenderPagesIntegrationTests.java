package nl.ketenwijs.riskknowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.riskknowledge.ExpertEntries;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments;
import nl.ketenwijs.riskknowledge.expert.ExpertKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Coffee's climate has no shipped entry: the tests write it and remove it again. */
class GenderPagesIntegrationTests extends WebIntegrationTest {

    private static final String BASE = "/knowledge/expert-assessments";
    private static final ExpertKey CLIMATE = new ExpertKey("coffee", "climate", null);

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ExpertAssessments assessments;

    @Autowired
    ApplicationContext context;

    Account admin;

    @BeforeEach
    void secretariatAdmin() {
        admin = new TestOrganisations(jdbc, accounts).secretariatAdmin();
    }

    @AfterEach
    void removeTheTestEntry() {
        ExpertEntries.in(context).remove("coffee", "climate");
    }

    @Test
    void theFormOffersEveryAspectAsACheckboxAndRefusesAnUnknownCode() throws Exception {
        mvc.perform(get(BASE + "/new").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Genderaspecten (optioneel)")))
                .andExpect(content()
                        .string(containsString(
                                "type=\"checkbox\" name=\"genderAspects\" id=\"genderAspect-unpaid_family_labour\"")))
                .andExpect(content().string(containsString("Onbetaald gezinswerk van vrouwen")));

        mvc.perform(climate().param("genderAspects", "pay_gap", "harassment"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"genderAspects-error\"")))
                .andExpect(content()
                        .string(containsString("Het genderaspect „harassment“ kennen we niet; kies uit de lijst.")))
                .andExpect(content()
                        .string(containsString("id=\"genderAspect-pay_gap\" value=\"pay_gap\" checked=\"checked\"")));
        assertThat(assessments.entry(CLIMATE)).isEmpty();
    }

    @Test
    void savedAspectsAreShownOnTheEntryInItsHistoryAndInTheFormToChangeIt() throws Exception {
        mvc.perform(climate().param("genderAspects", "maternity_protection", "sexual_harassment"))
                .andExpect(redirectedUrl(BASE + "/coffee/climate"));
        mvc.perform(climate()).andExpect(redirectedUrl(BASE + "/coffee/climate"));

        assertThat(assessments.history(CLIMATE))
                .extracting(ExpertAssessments.Version::genderAspects)
                .containsExactly(List.of(), List.of(GenderAspect.SEXUAL_HARASSMENT, GenderAspect.MATERNITY_PROTECTION));
        mvc.perform(get(BASE + "/coffee/climate").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Genderaspecten</dt>")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Seksuele intimidatie en gendergerelateerd geweld op het werk, Bescherming bij zwangerschap en moederschap")))
                .andExpect(content().string(containsString(">geen<")));
        mvc.perform(get(BASE + "/coffee/climate").with(user(admin)).param("lang", "en"))
                .andExpect(content()
                        .string(containsString(
                                "Sexual harassment and gender-based violence at work, Maternity protection")));

        mvc.perform(climate().param("genderAspects", "pay_gap"));
        mvc.perform(get(BASE + "/new")
                        .with(user(admin))
                        .param("commodity", "coffee")
                        .param("theme", "climate"))
                .andExpect(content()
                        .string(containsString("id=\"genderAspect-pay_gap\" value=\"pay_gap\" checked=\"checked\"")))
                .andExpect(content()
                        .string(not(containsString(
                                "id=\"genderAspect-sexual_harassment\" value=\"sexual_harassment\" checked"))));
    }

    @Test
    void theRiskCheckShowsTheGenderBoxInDutchAndEnglishOnlyWhereAspectsAreMarked() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "Thee").param("country", "Kenia"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gender: risico’s voor vrouwen")))
                .andExpect(content()
                        .string(containsString("Seksuele intimidatie en gendergerelateerd geweld op het werk")))
                .andExpect(content().string(containsString("vaak door opzichters die over werk en loon beslissen")))
                .andExpect(content().string(containsString("Gemarkeerd bij: Discriminatie")));
        mvc.perform(get("/risicocheck")
                        .param("commodity", "tea")
                        .param("country", "Kenya")
                        .param("lang", "en"))
                .andExpect(content().string(containsString("Gender: risks for women")))
                .andExpect(content().string(containsString("Sexual harassment and gender-based violence at work")))
                .andExpect(content().string(containsString("often by supervisors who decide on work and pay")));
        mvc.perform(get("/risicocheck").param("commodity", "Koffie").param("country", "Kenia"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("gender-box"))));

        mvc.perform(climate().param("genderAspects", "land_and_credit"));
        mvc.perform(get("/risicocheck").param("commodity", "Koffie").param("country", "Kenia, Brazilië"))
                .andExpect(content().string(containsString("id=\"ke-gender\"")))
                .andExpect(content().string(containsString("Toegang van vrouwen tot land en krediet")))
                .andExpect(content().string(containsString("Gemarkeerd bij: Klimaat.")));
    }

    /** A valid entry for coffee's climate, for every origin. */
    private MockHttpServletRequestBuilder climate() {
        return post(BASE)
                .with(user(admin))
                .with(csrf())
                .param("commodity", "Koffie")
                .param("theme", "climate")
                .param("level", "HIGH")
                .param("rationaleNl", "Koffie vraagt een stabiel klimaat.")
                .param("reference", "IPCC, Sixth Assessment Report");
    }
}
