package nl.ketenwijs.riskknowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.ExpertEntries;
import nl.ketenwijs.riskknowledge.KnowledgeRevision;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments;
import nl.ketenwijs.riskknowledge.expert.ExpertKey;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/** Cocoa's climate has no open data set and no shipped entry: the tests write it and remove it again. */
class ExpertAssessmentPagesIntegrationTests extends WebIntegrationTest {

    private static final String BASE = "/knowledge/expert-assessments";
    private static final ExpertKey CLIMATE = new ExpertKey("cocoa", "climate", null);

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ExpertAssessments assessments;

    @Autowired
    RiskProfiles profiles;

    @Autowired
    Commodities commodities;

    @Autowired
    Countries countries;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    KnowledgeRevision revision;

    TestOrganisations fixtures;
    Account admin;

    @BeforeEach
    void secretariatAdmin() {
        fixtures = new TestOrganisations(jdbc, accounts);
        admin = fixtures.secretariatAdmin();
    }

    @AfterEach
    void removeTheTestEntries() {
        new ExpertEntries(appJdbc, flyway, transactions, revision).remove("cocoa", "climate");
    }

    @Test
    void theListCountsEntriesAndGapsPerThemeAndFilters() throws Exception {
        mvc.perform(get(BASE).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grondstoffen zonder oordeel")))
                .andExpect(content().string(containsString("Dierenwelzijn")))
                .andExpect(content().string(containsString("Cacao")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get(BASE).param("theme", "animal_welfare").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Eieren</a>")))
                .andExpect(content().string(not(containsString(">Cacao</a>"))));
        mvc.perform(get(BASE).param("q", "Sigatoka").with(user(admin)))
                .andExpect(content().string(containsString(">Bananen</a>")))
                .andExpect(content().string(containsString("1 oordelen")));
    }

    @Test
    void everyInvalidFieldIsNamedAndMarked() throws Exception {
        mvc.perform(save().param("commodity", "").param("theme", "").param("rationaleNl", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"commodity-error\"")))
                .andExpect(content().string(containsString("Vul een grondstof in.")))
                .andExpect(content().string(containsString("id=\"theme-error\"")))
                .andExpect(content().string(containsString("id=\"level-error\"")))
                .andExpect(content().string(containsString("id=\"rationaleNl-error\"")))
                .andExpect(content().string(containsString("id=\"reference-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(valid("commodity", "cacoa", "country", "Ghanna", "referenceUrl", "http://x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De grondstof „cacoa“ kennen we niet. Bedoelt u: Cacao")))
                .andExpect(content().string(containsString("Het land „Ghanna“ kennen we niet. Bedoelt u: Ghana")))
                .andExpect(content().string(containsString("id=\"referenceUrl-error\"")));
        mvc.perform(valid("level", "UNKNOWN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"level-error\"")));
        assertThat(assessments.entry(CLIMATE)).isEmpty();
    }

    @Test
    void aSavedEntryDecidesTheProfileAtOnceAndEachVersionIsKept() throws Exception {
        assertThat(climate("CIV")).isEqualTo(Level.UNKNOWN);

        mvc.perform(valid()).andExpect(redirectedUrl(BASE + "/cocoa/climate"));

        assertThat(climate("CIV")).isEqualTo(Level.HIGH);
        mvc.perform(valid("level", "MEDIUM", "rationaleNl", "Herzien."))
                .andExpect(redirectedUrl(BASE + "/cocoa/climate"));
        assertThat(climate("CIV")).isEqualTo(Level.MEDIUM);
        assertThat(assessments.history(CLIMATE))
                .extracting(ExpertAssessments.Version::action, ExpertAssessments.Version::newLevel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("changed", Level.MEDIUM),
                        org.assertj.core.groups.Tuple.tuple("added", Level.HIGH));
        mvc.perform(get(BASE + "/cocoa/climate").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Herzien.")))
                .andExpect(content().string(containsString("gewijzigd")))
                .andExpect(content().string(containsString(admin.getUsername())));

        mvc.perform(valid("country", "Ghana", "level", "VERY_HIGH"))
                .andExpect(redirectedUrl(BASE + "/cocoa/climate?country=GHA"));
        assertThat(climate("GHA")).as("the country entry").isEqualTo(Level.VERY_HIGH);
        assertThat(climate("CIV")).as("the general entry elsewhere").isEqualTo(Level.MEDIUM);
    }

    @Test
    void aWithdrawnEntryNoLongerCountsButKeepsItsHistory() throws Exception {
        mvc.perform(valid());

        mvc.perform(post(BASE + "/cocoa/climate/withdraw").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl(BASE + "/cocoa/climate"));

        assertThat(climate("CIV")).isEqualTo(Level.UNKNOWN);
        assertThat(assessments.history(CLIMATE))
                .extracting(ExpertAssessments.Version::action)
                .containsExactly("withdrawn", "added");
        mvc.perform(get(BASE + "/cocoa/climate").with(user(admin)))
                .andExpect(content().string(containsString("Dit oordeel is ingetrokken")));
    }

    @Test
    void onlyTheSecretariatAdminMayUseThePagesAndOnlyWithACsrfToken() throws Exception {
        Account companyAdmin = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        mvc.perform(get(BASE).with(user(companyAdmin))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/new").with(user(companyAdmin))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/cocoa/living_wage").with(user(companyAdmin))).andExpect(status().isForbidden());
        mvc.perform(post(BASE)
                        .with(user(companyAdmin))
                        .with(csrf())
                        .param("commodity", "cocoa")
                        .param("theme", "climate")
                        .param("level", "HIGH")
                        .param("rationaleNl", "Mag niet.")
                        .param("reference", "Niemand"))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE).with(user(admin)).param("commodity", "cocoa")).andExpect(status().isForbidden());
        assertThat(assessments.entry(CLIMATE)).isEmpty();
    }

    @Test
    void theMonitoringReviewerReadsTheEntriesButChangesNothing() throws Exception {
        Account reviewer = accounts.loadUserByUsername("reviewer@secretariaat.example");
        mvc.perform(get(BASE).with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grondstoffen zonder oordeel")))
                .andExpect(content().string(not(containsString("new-expert-entry"))));
        mvc.perform(get(BASE + "/cocoa/living_wage").with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cocoa Barometer")))
                .andExpect(content().string(not(containsString("withdraw-expert-entry"))))
                .andExpect(content().string(not(containsString("edit-expert-entry"))));
        mvc.perform(get(BASE + "/new").with(user(reviewer))).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/cocoa/living_wage/withdraw")
                        .with(user(reviewer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/cocoa/living_wage").with(user(admin)))
                .andExpect(content().string(containsString("withdraw-expert-entry")))
                .andExpect(content().string(containsString("edit-expert-entry")));
    }

    @Test
    void anUnknownRawMaterialThemeOrEntryIsNotFound() throws Exception {
        mvc.perform(get(BASE + "/cocoa/living_wage").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/cacoa/living_wage").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/cocoa/weather").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/cocoa/climate").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/cocoa/climate/withdraw").with(user(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiMarksAnExpertLevelAndCitesItsReference() throws Exception {
        mvc.perform(get("/api/v1/risk-profiles").param("commodity", "cocoa").param("country", "CIV"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.themes[2].theme").value("living_wage"))
                .andExpect(jsonPath("$.themes[2].level").value("very_high"))
                .andExpect(jsonPath("$.themes[2].reasons[0].dataSet").value("expert_assessment"))
                .andExpect(jsonPath("$.themes[2].reasons[0].rule").value("expert_assessment"))
                .andExpect(jsonPath("$.themes[2].reasons[0].field").value("living_wage"))
                .andExpect(jsonPath("$.themes[2].reasons[0].value").value("very_high"))
                .andExpect(jsonPath("$.themes[2].reasons[0].expert.reference").value(containsString("Cocoa Barometer")))
                .andExpect(jsonPath("$.themes[2].reasons[0].expert.shipped").value(true))
                .andExpect(jsonPath("$.themes[0].reasons[0].expert").doesNotExist());
    }

    @Test
    void theRiskCheckAndTheSourcesPageMarkExpertLevelsAsJudgements() throws Exception {
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", "Ivoorkust"))
                .andExpect(content().string(containsString("Deskundigenoordeel (startwaarde van Ketenwijs")))
                .andExpect(content().string(containsString("Bron: Cocoa Barometer 2022")));
        mvc.perform(valid());
        mvc.perform(get("/risicocheck").param("commodity", "cacao").param("country", "Ivoorkust"))
                .andExpect(content().string(containsString("Deskundigenoordeel (secretariaat), laatst herzien")))
                .andExpect(content().string(containsString("Bron: IPCC, Sixth Assessment Report.")));
        mvc.perform(get("/risicocheck")
                        .param("commodity", "cocoa")
                        .param("country", "Ivory Coast")
                        .param("lang", "en"))
                .andExpect(content().string(containsString("Expert judgement (secretariat), last revised")))
                .andExpect(content().string(containsString("Cocoa needs a stable climate.")));
        mvc.perform(get("/bronnen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deskundigenoordelen")))
                .andExpect(content().string(containsString("geen metingen")))
                .andExpect(content().string(containsString("Klimaat: 1")));
    }

    private Level climate(String iso3) {
        return profiles.profile(
                        commodities.match("cocoa").found().orElseThrow(),
                        countries.match(iso3).found().orElseThrow())
                .theme(Theme.CLIMATE)
                .level();
    }

    private MockHttpServletRequestBuilder save() {
        return post(BASE).with(user(admin)).with(csrf());
    }

    /** A valid entry for cocoa's climate, with some fields (name, value, …) replaced. */
    private MockHttpServletRequestBuilder valid(String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("commodity", "cacaobonen");
        fields.put("theme", "climate");
        fields.put("level", "HIGH");
        fields.put("rationaleNl", "Cacao vraagt een stabiel klimaat.");
        fields.put("rationaleEn", "Cocoa needs a stable climate.");
        fields.put("reference", "IPCC, Sixth Assessment Report");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = save();
        fields.forEach(request::param);
        return request;
    }
}
