package nl.ketenwijs.organisation.web;

import static nl.ketenwijs.organisation.TestOrganisations.linkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An organisation admin invites a colleague; the link in the mail lets them choose a password, once. */
class InvitationIntegrationTests extends WebIntegrationTest {

    private static final String GOOD_PASSWORD = "vier blauwe koffiebonen";

    @Autowired
    AccountDirectory accounts;

    TestOrganisations fixtures;
    UUID company;
    Account admin;
    String email;

    @BeforeEach
    void setUp() {
        fixtures = new TestOrganisations(jdbc, accounts);
        company = fixtures.aCompany();
        admin = fixtures.aPersonIn(company, Role.COMPANY_ADMIN);
        email = "collega-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void invitedColleagueSetsAPasswordAndLogsIn() throws Exception {
        String link = invite(email, "COMPANY_EDITOR");
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));

        mvc.perform(post(link)
                        .with(csrf())
                        .param("displayName", "Cor Collega")
                        .param("password", GOOD_PASSWORD)
                        .param("passwordConfirmation", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/login?welcome"));

        assertThat(jdbc.sql("SELECT role FROM app_user WHERE username = ? AND organisation_id = ?")
                        .params(email, company)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPANY_EDITOR");
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", GOOD_PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action IN ('INVITATION_SENT', 'INVITATION_ACCEPTED')"
                                        + " AND organisation_id = ?")
                        .param(company)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theLinkWorksOnlyOnce() throws Exception {
        String link = invite(email, "COMPANY_VIEWER");
        accept(link, GOOD_PASSWORD).andExpect(redirectedUrl("/login?welcome"));

        mvc.perform(get(link)).andExpect(status().isNotFound());
        accept(link, "een ander lang wachtwoord").andExpect(status().isNotFound());
        assertThat(usersNamed(email)).isEqualTo(1);
    }

    @Test
    void anExpiredLinkDoesNotWork() throws Exception {
        String link = invite(email, "COMPANY_VIEWER");
        jdbc.sql("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = ?")
                .param(email)
                .update();

        mvc.perform(get(link)).andExpect(status().isNotFound());
        accept(link, GOOD_PASSWORD).andExpect(status().isNotFound());
        assertThat(usersNamed(email)).isZero();
    }

    @Test
    void anUnknownLinkDoesNotWork() throws Exception {
        mvc.perform(get("/invitation/" + "x".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/invitation/short")).andExpect(status().isNotFound());
    }

    @Test
    void aWeakPasswordReRendersWithAFieldMessageAndSavesNothing() throws Exception {
        String link = invite(email, "COMPANY_VIEWER");
        accept(link, "kort")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wachtwoord: gebruik minstens 12 tekens.")));
        accept(link, "Password1234")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("veelgebruikte wachtwoorden")));
        accept(link, email.toUpperCase())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("uw e-mailadres is geen goed wachtwoord")));
        mvc.perform(post(link)
                        .with(csrf())
                        .param("displayName", "Cor")
                        .param("password", GOOD_PASSWORD)
                        .param("passwordConfirmation", GOOD_PASSWORD + "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dit is niet hetzelfde wachtwoord")));

        assertThat(usersNamed(email)).isZero();
        accept(link, GOOD_PASSWORD).andExpect(redirectedUrl("/login?welcome"));
    }

    @Test
    void anAddressWithAnAccountOrAnOpenInvitationCannotBeInvitedAgain() throws Exception {
        invite(email, "COMPANY_VIEWER");
        String elsewhere =
                fixtures.aPersonIn(fixtures.aCompany(), Role.COMPANY_VIEWER).getUsername();

        for (String taken : new String[] {email, email.toUpperCase(), elsewhere}) {
            mvc.perform(invitation(taken, "COMPANY_VIEWER"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("bestaat al een account of een openstaande")));
        }
        assertThat(fixtures.mailsTo(email)).isEqualTo(1);
    }

    @Test
    void anExpiredInvitationMakesWayForANewOne() throws Exception {
        invite(email, "COMPANY_VIEWER");
        jdbc.sql("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = ?")
                .param(email)
                .update();

        String link = invite(email, "COMPANY_EDITOR");
        accept(link, GOOD_PASSWORD).andExpect(redirectedUrl("/login?welcome"));
    }

    @Test
    void aCompanyAdminInvitesOnlyWithARoleOfACompany() throws Exception {
        mvc.perform(invitation(email, "COMPLAINT_HANDLER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("deze rol hoort niet bij dit soort organisatie")));
        assertThat(fixtures.mailsTo(email)).isZero();
    }

    @Test
    void theInviteFormNamesEachInvalidField() throws Exception {
        mvc.perform(post("/organisations/" + company + "/invitations")
                        .with(user(admin))
                        .with(csrf())
                        .param("lang", "en")
                        .param("email", "")
                        .param("displayName", "")
                        .param("language", "EN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E-mail address: enter an e-mail address.")))
                .andExpect(content().string(containsString("Name: enter a name.")))
                .andExpect(content().string(containsString("Role: choose a role.")));
    }

    @Test
    void anInvitationWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/organisations/" + company + "/invitations")
                        .with(user(admin))
                        .param("email", email)
                        .param("displayName", "Cor")
                        .param("role", "COMPANY_VIEWER")
                        .param("language", "NL"))
                .andExpect(status().isForbidden());
        assertThat(fixtures.mailsTo(email)).isZero();
    }

    private String invite(String address, String role) throws Exception {
        mvc.perform(invitation(address, role)).andExpect(redirectedUrl("/organisations/" + company));
        return linkIn(fixtures.latestMailTo(address));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder invitation(
            String address, String role) {
        return post("/organisations/" + company + "/invitations")
                .with(user(admin))
                .with(csrf())
                .param("email", address)
                .param("displayName", "Cor Collega")
                .param("role", role)
                .param("language", "NL");
    }

    private org.springframework.test.web.servlet.ResultActions accept(String link, String password) throws Exception {
        return mvc.perform(post(link)
                .with(csrf())
                .param("displayName", "Cor Collega")
                .param("password", password)
                .param("passwordConfirmation", password));
    }

    private int usersNamed(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(?)")
                .param(username)
                .query(Integer.class)
                .single();
    }
}
