package nl.ketenwijs.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The secretariat admin registers an organisation and invites its first admin, all or nothing. */
class OrganisationRegistrationIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    TestOrganisations fixtures;
    Account admin;
    UUID branch;
    String name;
    String email;

    @BeforeEach
    void setUp() {
        fixtures = new TestOrganisations(jdbc, accounts);
        admin = fixtures.secretariatAdmin();
        branch = fixtures.organisationNamed("Vereniging Specerijen en Kruiden");
        name = "Peper en Zout " + UUID.randomUUID();
        email = "beheer-" + UUID.randomUUID() + "@peper.example";
    }

    @Test
    void secretariatAdminCreatesACompanyAndInvitesItsFirstAdmin() throws Exception {
        mvc.perform(newCompany().with(user(admin))).andExpect(redirectedUrlPattern("/organisations/*?created"));

        UUID company = fixtures.organisationNamed(name);
        assertThat(jdbc.sql("SELECT branch_id FROM branch_membership WHERE company_id = ?")
                        .param(company)
                        .query(UUID.class)
                        .list())
                .containsExactly(branch);
        assertThat(jdbc.sql("SELECT role FROM invitation WHERE organisation_id = ? AND email = ?")
                        .params(company, email)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPANY_ADMIN");
        assertThat(fixtures.latestMailTo(email)).contains(name).contains("http://localhost:8080/invitation/");
        assertThat(audited("ORGANISATION_CREATED", company.toString())).isEqualTo(1);

        mvc.perform(get("/organisations").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/organisations/" + company).with(user(admin)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Admin (company)")));
    }

    @Test
    void aFailureAfterTheOrganisationWasWrittenLeavesNothing() throws Exception {
        // The address is taken: the invitation fails after the organisation and its membership were inserted.
        mvc.perform(newCompany("adminEmail", TestOrganisations.SECRETARIAT_ADMIN)
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("voor dit adres bestaat al een account")));

        assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE name = ?")
                        .param(name)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ORGANISATION_CREATED'"
                                + " AND object_id NOT IN (SELECT id::text FROM organisation)")
                        .query(Integer.class)
                        .single())
                .as("no audit row for an organisation that was rolled back")
                .isZero();
    }

    @Test
    void invalidFieldsReRenderWithAMessageEachAndSaveNothing() throws Exception {
        mvc.perform(post("/organisations")
                        .with(user(admin))
                        .with(csrf())
                        .param("lang", "en")
                        .param("name", name)
                        .param("kind", "COMPANY")
                        .param("adminEmail", "not an address")
                        .param("adminDisplayName", "")
                        .param("adminRole", "COMPLAINT_HANDLER")
                        .param("adminLanguage", "NL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Size class: choose SME or large.")))
                .andExpect(content().string(containsString("Number of employees: enter a number.")))
                .andExpect(content().string(containsString("Branch organisations: choose one or more")))
                .andExpect(content().string(containsString("E-mail address: this is not a valid e-mail address.")))
                .andExpect(content().string(containsString("Name: enter a name.")));
        assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE name = ?")
                        .param(name)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theFirstAdminsRoleMustFitTheKindOfOrganisation() throws Exception {
        mvc.perform(newCompany("adminRole", "COMPLAINT_HANDLER").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rol: deze rol hoort niet bij dit soort organisatie.")));
        assertThat(fixtures.mailsTo(email)).isZero();
    }

    @Test
    void aTakenNameIsRefusedByName() throws Exception {
        mvc.perform(newCompany("name", "Cacaohuis Zaandam").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("er is al een organisatie met deze naam")));
        assertThat(fixtures.mailsTo(email)).isZero();
    }

    @Test
    void onlyTheSecretariatAdminSeesOrRegistersOrganisations() throws Exception {
        Account companyAdmin = fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_ADMIN);
        mvc.perform(get("/organisations").with(user(companyAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/new").with(user(companyAdmin))).andExpect(status().isForbidden());
        mvc.perform(newCompany().with(user(companyAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/organisations").with(user(admin)).param("name", name))
                .andExpect(status().isForbidden());
        assertThat(fixtures.mailsTo(email)).isZero();
    }

    @Test
    void theFormHasTheFieldsTheBrowserJourneyFillsIn() throws Exception {
        mvc.perform(get("/organisations").with(user(admin)))
                .andExpect(content().string(containsString("href=\"/organisations/new\"")));
        mvc.perform(get("/organisations/new").with(user(admin)))
                .andExpect(content().string(containsString("id=\"name\"")))
                .andExpect(content().string(containsString("id=\"adminEmail\"")))
                .andExpect(content().string(containsString("id=\"branch-" + branch + "\"")))
                .andExpect(content().string(not(containsString("style="))));
    }

    /** A valid company form; each pair of overrides replaces one field. */
    private MockHttpServletRequestBuilder newCompany(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", "COMPANY");
        fields.put("sizeClass", "SME");
        fields.put("employeeCount", "35");
        fields.put("branchIds", branch.toString());
        fields.put("adminEmail", email);
        fields.put("adminDisplayName", "Bea Beheer");
        fields.put("adminRole", "COMPANY_ADMIN");
        fields.put("adminLanguage", "NL");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/organisations").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private int audited(String action, String objectId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND object_id = ?")
                .params(action, objectId)
                .query(Integer.class)
                .single();
    }
}
