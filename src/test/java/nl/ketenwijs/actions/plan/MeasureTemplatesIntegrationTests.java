package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The templates are shared by every company: each test puts back exactly what it changed. */
class MeasureTemplatesIntegrationTests extends WebIntegrationTest {

    static final String NEW_CODE = "test_living_wage_audit";

    @Autowired
    AccountDirectory accounts;

    Account secretariat;
    UUID codeOfConduct;
    Map<String, Object> original;

    @BeforeEach
    void theShippedTemplate() {
        secretariat = new TestOrganisations(jdbc, accounts).secretariatAdmin();
        codeOfConduct = jdbc.sql("SELECT id FROM measure_template WHERE code = 'code_of_conduct' AND language = 'nl'")
                .query(UUID.class)
                .single();
        original = jdbc.sql("SELECT * FROM measure_template WHERE id = ?")
                .param(codeOfConduct)
                .query()
                .singleRow();
    }

    @AfterEach
    void restore() {
        jdbc.sql("""
                        UPDATE measure_template SET code = ?, language = ?, type = ?, title = ?, description = ?,
                               indicator_name = ?, indicator_unit = ?, updated_by = ?, updated_at = ?
                         WHERE id = ?
                        """)
                .params(
                        original.get("code"),
                        original.get("language"),
                        original.get("type"),
                        original.get("title"),
                        original.get("description"),
                        original.get("indicator_name"),
                        original.get("indicator_unit"),
                        original.get("updated_by"),
                        original.get("updated_at"),
                        codeOfConduct)
                .update();
        jdbc.sql("DELETE FROM measure_template WHERE code = ?").param(NEW_CODE).update();
    }

    @Test
    void theSecretariatEditsAShippedTemplateAndCompaniesStartFromTheNewText() throws Exception {
        mvc.perform(get("/measure-templates").with(user(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gedragscode voor leveranciers")))
                .andExpect(content().string(containsString("Supplier code of conduct")));
        mvc.perform(form(post("/measure-templates/" + codeOfConduct), "code_of_conduct", "nl", "Gedragscode 2.0"))
                .andExpect(redirectedUrl("/measure-templates?saved"));
        assertThat(jdbc.sql("SELECT title FROM measure_template WHERE id = ?")
                        .param(codeOfConduct)
                        .query(String.class)
                        .single())
                .isEqualTo("Gedragscode 2.0");

        mvc.perform(form(post("/measure-templates/" + codeOfConduct), "code_of_conduct", "en", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Titel: vul dit in.")))
                .andExpect(content().string(containsString("Code: er is al een sjabloon met deze code in deze taal.")));
    }

    @Test
    void theSecretariatAddsATemplateAndNoCompanyMayChangeOne() throws Exception {
        mvc.perform(form(post("/measure-templates"), NEW_CODE, "en", "Living-wage audit"))
                .andExpect(redirectedUrl("/measure-templates?saved"));
        assertThat(jdbc.sql("SELECT count(*) FROM measure_template WHERE code = ?")
                        .param(NEW_CODE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        TestOrganisations organisations = new TestOrganisations(jdbc, accounts);
        Account companyAdmin = organisations.aPersonIn(organisations.aCompany(), Role.COMPANY_ADMIN);
        mvc.perform(get("/measure-templates").with(user(companyAdmin))).andExpect(status().isForbidden());
        mvc.perform(form(post("/measure-templates/" + codeOfConduct), "code_of_conduct", "nl", "Hijacked")
                        .with(user(companyAdmin)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT title FROM measure_template WHERE id = ?")
                        .param(codeOfConduct)
                        .query(String.class)
                        .single())
                .isEqualTo(original.get("title"));
    }

    private MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, String code, String language, String title) {
        return request.with(user(secretariat))
                .with(csrf())
                .param("code", code)
                .param("language", language)
                .param("type", "PREVENT")
                .param("title", title)
                .param("description", "Suppliers sign.")
                .param("indicatorName", "Share signed")
                .param("indicatorUnit", "%");
    }
}
