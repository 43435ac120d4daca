package nl.ketenwijs.system.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.ketenwijs.organisation.AccountDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Each role's start page shows what is theirs, and the menu shows only where they may go. */
@SpringBootTest
@AutoConfigureMockMvc
class HomePerRoleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Test
    void aCompanyEditorSeesTheBranchesOfTheCompany() throws Exception {
        home("editor@cacaohuis-zaandam.example")
                .andExpect(content().string(containsString("You keep your company&#39;s chains")))
                .andExpect(content().string(containsString("Levensmiddelenindustrie Nederland")))
                .andExpect(content().string(not(containsString("Active accounts in your organisation"))));
    }

    @Test
    void aCompanyAdminSeesThePeopleOfTheCompany() throws Exception {
        home("admin@cacaohuis-zaandam.example")
                .andExpect(content().string(containsString("Active accounts in your organisation")))
                .andExpect(content().string(containsString("<p class=\"figure\">3</p>")));
    }

    @Test
    void branchStaffSeeTheirMembersInNumbersOnly() throws Exception {
        home("staf@vereniging-specerijen-en-kruiden.example")
                .andExpect(content().string(containsString("Member companies")))
                .andExpect(content().string(not(containsString("Vanillehuis Delft"))));
    }

    @Test
    void aPartnerSeesTheCovenantInNumbers() throws Exception {
        home("lid@fair-harvest-alliance.example")
                .andExpect(content().string(containsString(" of them SMEs), ")))
                .andExpect(content().string(containsString(" branch organisations and ")))
                .andExpect(content().string(not(containsString("Cacaohuis Zaandam"))));
    }

    @Test
    void theMenuMarksThePageYouAreOn() throws Exception {
        home("viewer@cacaohuis-zaandam.example")
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andExpect(content().string(containsString("Log out")));
    }

    private ResultActions home(String username) throws Exception {
        return mvc.perform(get("/").param("lang", "en").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk());
    }
}
