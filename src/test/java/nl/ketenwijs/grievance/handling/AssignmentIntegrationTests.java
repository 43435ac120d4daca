package nl.ketenwijs.grievance.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignmentIntegrationTests extends HandlingIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Test
    void aHandlerWithAnInterestInALinkedCompanyIsNotOfferedAndAForgedAssignmentIsRefused() throws Exception {
        UUID caseId = newCase("Cocoa children");
        UUID company = company("Cacaohuis Zaandam");
        TestAccounts.Person linked = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        TestAccounts.Person other = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        Account linkedHandler = accounts.loadUserByUsername(linked.username());
        Account otherHandler = accounts.loadUserByUsername(other.username());

        mvc.perform(post("/complaints/interests")
                        .with(user(linkedHandler))
                        .with(csrf())
                        .param("company", company.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(linkedHandler, "/complaints/interests")).contains("Cacaohuis Zaandam");
        link(caseId, company, other.key().userId());

        String casePage = page(otherHandler, "/complaints/" + caseId);
        assertThat(casePage)
                .contains("value=\"" + other.key().userId() + "\"")
                .doesNotContain("value=\"" + linked.key().userId() + "\"");
        mvc.perform(post("/complaints/" + caseId + "/assignment")
                        .with(user(otherHandler))
                        .with(csrf())
                        .param("handler", linked.key().userId().toString()))
                .andExpect(status().isConflict());
        assertThat(unassigned(caseId)).isTrue();
    }

    @Test
    void anAssignedHandlerIsFlaggedOnceACompanyTheyAreLinkedToIsLinkedToTheCase() throws Exception {
        UUID caseId = newCase("Coffee wages");
        UUID company = company("Koffiebranderij De Boon");
        TestAccounts.Person person = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        Account handler = accounts.loadUserByUsername(person.username());
        mvc.perform(post("/complaints/" + caseId + "/assignment")
                        .with(user(handler))
                        .with(csrf())
                        .param("handler", person.key().userId().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/complaints/interests")
                        .with(user(handler))
                        .with(csrf())
                        .param("company", company.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(handler, "/complaints/" + caseId)).doesNotContain("wijs iemand anders toe");

        link(caseId, company, person.key().userId());

        assertThat(page(handler, "/complaints/" + caseId)).contains("wijs iemand anders toe");
        assertThat(page(handler, "/complaints?mine=true")).contains("belangenverstrengeling</strong>");
    }

    @Test
    void aHandlerKeepsOnlyTheirOwnInterestsWhileTheAdminKeepsAnyHandlers() throws Exception {
        UUID company = company("Cacaohuis Zaandam");
        TestAccounts.Person first = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        TestAccounts.Person second = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        Account admin = accounts.loadUserByUsername("admin@secretariaat.example");

        mvc.perform(post("/complaints/interests")
                        .with(user(accounts.loadUserByUsername(first.username())))
                        .with(csrf())
                        .param("handler", second.key().userId().toString())
                        .param("company", company.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(interestsOf(first.key().userId())).isEqualTo(1);
        assertThat(interestsOf(second.key().userId()))
                .as("a forged handler field is ignored")
                .isZero();

        mvc.perform(post("/complaints/interests")
                        .with(user(admin))
                        .with(csrf())
                        .param("handler", second.key().userId().toString())
                        .param("company", company.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(interestsOf(second.key().userId())).isEqualTo(1);
        mvc.perform(post("/complaints/interests/withdrawal")
                        .with(user(admin))
                        .with(csrf())
                        .param("handler", second.key().userId().toString())
                        .param("company", company.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(interestsOf(second.key().userId())).isZero();
        mvc.perform(get("/complaints").with(user(admin))).andExpect(status().isForbidden());
    }

    private int interestsOf(UUID handler) {
        return complaints
                .sql("SELECT count(*) FROM grievance_handler_interest WHERE user_id = ?")
                .param(handler)
                .query(Integer.class)
                .single();
    }

    private void link(UUID caseId, UUID company, UUID by) {
        complaints
                .sql("INSERT INTO grievance_case_company (case_id, organisation_id, linked_by, linked_at)"
                        + " VALUES (?, ?, ?, now())")
                .params(caseId, company, by)
                .update();
    }

    private boolean unassigned(UUID caseId) {
        return complaints
                .sql("SELECT assigned_to IS NULL FROM grievance_case WHERE id = ?")
                .param(caseId)
                .query(Boolean.class)
                .single();
    }

    private UUID company(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    private String page(Account account, String path) throws Exception {
        return mvc.perform(get(path).with(user(account)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
