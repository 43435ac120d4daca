package nl.ketenwijs.actions.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.actions.collective.SharedRiskFixture.Company;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A collective project on a risk of this test's own: four companies prioritise it, a fifth dismissed it, a
 * sixth does not have it. The lead invites the companies that share it without learning who they are;
 * participants see the shared plan and each other's names, nobody else sees more than a summary.
 */
class CollectiveProjectIntegrationTests extends WebIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    JdbcClient appJdbc;

    SharedRiskFixture fixture;
    String risk;
    Company lead;
    Company second;
    Company third;
    Company fourth;
    Company dismissed;
    Company outsider;

    @BeforeEach
    void companiesThatShareARisk() {
        fixture = new SharedRiskFixture(jdbc, accounts, tenantScope, appJdbc);
        risk = SharedRiskFixture.aRisk("living_wage");
        lead = fixture.withEntry(fixture.aCompany(), risk, "HIGH");
        second = fixture.withEntry(fixture.aCompany(), risk, "VERY_HIGH");
        third = fixture.withEntry(fixture.aCompany(), risk, "HIGH");
        fourth = fixture.withEntry(fixture.aCompany(), risk, "HIGH");
        dismissed = fixture.withEntry(fixture.aCompany(), risk, "HIGH");
        fixture.decide(dismissed, risk, "DISMISSED");
        outsider = fixture.aCompany();
    }

    @Test
    void theLeadInvitesTheCompaniesThatShareTheRiskWithoutLearningWhoTheyAre() throws Exception {
        String location = mvc.perform(post("/projects")
                        .with(user(lead.editor()))
                        .with(csrf())
                        .param("title", "Living income for cocoa farmers")
                        .param("goal", "Close the living-income gap of 2,000 farmers by 2030.")
                        .param("risk", risk)
                        .param("inviteSharing", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).endsWith("?invited=3");
        UUID project = idIn(location);

        String page = page(get("/projects/" + project).with(user(lead.viewer())));
        assertThat(page).contains("Living income for cocoa farmers").contains("Company " + lead.id());
        for (Company invited : List.of(second, third, fourth)) {
            assertThat(page).as("an invitee is not named before it joins").doesNotContain("Company " + invited.id());
            String mail = fixture.organisations.latestMailTo(invited.admin().getUsername());
            assertThat(mail).contains("Living income for cocoa farmers").contains("/projects/" + project);
            for (Company other : List.of(lead, second, third, fourth)) {
                assertThat(mail).doesNotContain("Company " + other.id());
            }
        }
        assertThat(fixture.organisations.mailsTo(dismissed.admin().getUsername()))
                .isZero();
        assertThat(fixture.organisations.mailsTo(outsider.admin().getUsername()))
                .isZero();
    }

    @Test
    void anInviteeSeesTheSummaryUntilItJoinsThenTheWholeProjectAndWhoTakesPart() throws Exception {
        UUID project = aProjectWithInvitations();

        String summary = page(get("/projects/" + project).with(user(second.viewer())));
        assertThat(summary).contains("U bent uitgenodigd").doesNotContain("Gedeeld plan");
        assertThat(summary).doesNotContain("Company " + lead.id());

        mvc.perform(post("/projects/" + project + "/join")
                        .with(user(second.editor()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String whole = page(get("/projects/" + project).with(user(second.viewer())));
        assertThat(whole)
                .contains("Gedeeld plan")
                .contains("Company " + lead.id())
                .contains("Company " + second.id());
        assertThat(whole).doesNotContain("Company " + third.id());
    }

    @Test
    void aDeclinedInvitationLeavesTheListAndAViewerCannotJoin() throws Exception {
        UUID project = aProjectWithInvitations();
        mvc.perform(post("/projects/" + project + "/join")
                        .with(user(third.viewer()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/" + project + "/decline")
                        .with(user(third.admin()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/projects").with(user(third.viewer())))).doesNotContain(project.toString());
    }

    @Test
    void aCompanySharingTheRiskFindsTheProjectAndJoinsByItself() throws Exception {
        UUID project = aProject(false);

        assertThat(page(get("/projects").with(user(fourth.viewer()))))
                .contains(project.toString())
                .contains("u kunt meedoen");
        mvc.perform(post("/projects/" + project + "/join")
                        .with(user(fourth.editor()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/projects/" + project).with(user(fourth.viewer()))))
                .contains("Gedeeld plan");
    }

    @Test
    void aCompanyWithoutTheRiskOrThatDismissedItNeitherSeesNorJoinsTheProject() throws Exception {
        UUID project = aProject(false);
        for (Company stranger : List.of(outsider, dismissed)) {
            assertThat(page(get("/projects").with(user(stranger.viewer())))).doesNotContain(project.toString());
            mvc.perform(get("/projects/" + project).with(user(stranger.viewer())))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/projects/" + project + "/join")
                            .with(user(stranger.editor()))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(participants(project)).hasSize(1);
    }

    @Test
    void aMeasureWithoutOwnerOrDueDateIsRefusedWithItsFieldsNamed() throws Exception {
        UUID project = aProject(false);
        String refused = page(post("/projects/" + project + "/measures")
                .with(user(lead.editor()))
                .with(csrf())
                .param("title", "Reference price")
                .param("type", "USE_LEVERAGE")
                .param("ownerOrganisation", lead.id().toString())
                .param("status", "PLANNED"));
        assertThat(refused)
                .contains("Eigenaar (naam): vul de naam in van wie deze maatregel trekt")
                .contains("Uiterste datum: vul in wanneer de maatregel klaar moet zijn.")
                .contains("value=\"Reference price\"");

        String elsewhere = page(measure(project, outsider.id().toString()));
        assertThat(elsewhere).contains("Getrokken door: kies een organisatie die aan het project meedoet.");

        mvc.perform(measure(project, lead.id().toString())).andExpect(status().is3xxRedirection());
        assertThat(page(get("/projects/" + project).with(user(lead.viewer()))))
                .contains("Reference price")
                .contains("Anna Jansen, Company " + lead.id());
    }

    @Test
    void anIndicatorByGenderNeedsWomenAndMenWithEveryValue() throws Exception {
        UUID project = aProject(false);
        mvc.perform(post("/projects/" + project + "/indicators")
                        .with(user(lead.editor()))
                        .with(csrf())
                        .param("name", "Workers reached")
                        .param("unit", "people")
                        .param("baseline", "0")
                        .param("target", "500")
                        .param("byGender", "true"))
                .andExpect(status().is3xxRedirection());
        UUID indicator = asLead("SELECT id FROM project_indicator WHERE project_id = ?", project);

        String refused = page(value(project, indicator, "120", null, "50"));
        assertThat(refused).contains("Vrouwen: vul de waarde voor vrouwen in (0 als er geen zijn).");
        String tooMany = page(value(project, indicator, "100", "70", "50"));
        assertThat(tooMany).contains("Totaal: is kleiner dan vrouwen en mannen samen.");

        mvc.perform(value(project, indicator, "120", "70", "50")).andExpect(status().is3xxRedirection());
        String page = page(get("/projects/" + project).with(user(lead.viewer())));
        assertThat(page).contains("<td>120</td>").contains("<td>70</td>").contains("<td>50</td>");
    }

    @Test
    void participantsShareUpdatesAndDocumentsThatNobodyElseReads() throws Exception {
        UUID project = aProject(false);
        mvc.perform(post("/projects/" + project + "/updates")
                        .with(user(lead.editor()))
                        .with(csrf())
                        .param("updateDate", LocalDate.now().toString())
                        .param("updateText", "Baseline survey done <script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/projects/" + project + "/documents")
                        .file(new MockMultipartFile("documentFile", "survey.pdf", "application/pdf", PDF))
                        .param("documentTitle", "Baseline survey")
                        .with(user(lead.editor()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String zip = page(multipart("/projects/" + project + "/documents")
                .file(new MockMultipartFile("documentFile", "photo.jpg", "image/jpeg", new byte[] {'P', 'K', 3, 4}))
                .param("documentTitle", "Not a photo")
                .with(user(lead.editor()))
                .with(csrf()));
        assertThat(zip).contains("Bestand: dit soort bestand wordt niet aangenomen");
        UUID document = asLead("SELECT id FROM project_document WHERE project_id = ?", project);

        String page = page(get("/projects/" + project).with(user(lead.viewer())));
        assertThat(page).contains("Baseline survey done &lt;script&gt;").doesNotContain("<script>alert(1)");
        mvc.perform(get("/projects/" + project + "/documents/" + document).with(user(lead.viewer())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"));

        mvc.perform(get("/projects/" + project + "/documents/" + document).with(user(second.viewer())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + project + "/updates")
                        .with(user(second.editor()))
                        .with(csrf())
                        .param("updateDate", LocalDate.now().toString())
                        .param("updateText", "Not a participant"))
                .andExpect(status().isNotFound());
        assertThat(asTenant(second.id(), "SELECT count(*) FROM project_update WHERE project_id = ?", project))
                .as("row-level security: not a participant")
                .isZero();
        assertThat(asTenant(lead.id(), "SELECT count(*) FROM project_update WHERE project_id = ?", project))
                .isOne();
        assertThat(asTenant(second.id(), "SELECT count(*) FROM project_document WHERE project_id = ?", project))
                .isZero();
    }

    @Test
    void aPartnerOrganisationIsInvitedJoinsAndWritesUpdates() throws Exception {
        UUID project = aProject(false);
        UUID partner = fixture.aPartner();
        Account member = fixture.organisations.aPersonIn(partner, Role.PARTNER_MEMBER);
        mvc.perform(post("/projects/" + project + "/invitations/partner")
                        .with(user(lead.editor()))
                        .with(csrf())
                        .param("partner", partner.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixture.organisations.latestMailTo(member.getUsername())).contains("/projects/" + project);

        mvc.perform(post("/projects/" + project + "/join").with(user(member)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/" + project + "/updates")
                        .with(user(member))
                        .with(csrf())
                        .param("updateDate", LocalDate.now().toString())
                        .param("updateText", "Farmer field schools started in Soubré."))
                .andExpect(status().is3xxRedirection());

        String page = page(get("/projects/" + project).with(user(lead.viewer())));
        assertThat(page).contains("Farmer field schools started in Soubré.").contains("Partner " + partner);
    }

    @Test
    void theSecretariatFollowsEveryProjectAndStartsOneOnASharedRisk() throws Exception {
        UUID project = aProject(false);
        Account secretariat = fixture.organisations.secretariatAdmin();
        assertThat(page(get("/projects").with(user(secretariat)))).contains(project.toString());
        assertThat(page(get("/projects/" + project).with(user(secretariat)))).contains("Gedeeld plan");

        String location = mvc.perform(post("/projects")
                        .with(user(secretariat))
                        .with(csrf())
                        .param("title", "Sector project")
                        .param("goal", "Together.")
                        .param("risk", risk)
                        .param("inviteSharing", "true"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).endsWith("?invited=4");
    }

    @Test
    void aCompanyStartsAProjectOnlyOnARiskItPrioritises() throws Exception {
        String refused = page(post("/projects")
                .with(user(outsider.editor()))
                .with(csrf())
                .param("title", "Not mine")
                .param("goal", "x")
                .param("risk", risk));
        assertThat(refused).contains("Risico: dit is geen van uw geprioriteerde risico’s.");
        mvc.perform(post("/projects")
                        .with(user(lead.viewer()))
                        .with(csrf())
                        .param("title", "Viewer")
                        .param("goal", "x")
                        .param("risk", risk))
                .andExpect(status().isForbidden());
    }

    @Test
    void aParticipantReachesNothingOfAnotherProjectOrAnotherCompanyThroughItsOwnProject() throws Exception {
        UUID shared = aProject(false);
        mvc.perform(post("/projects/" + shared + "/join")
                        .with(user(second.editor()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String otherRisk = SharedRiskFixture.aRisk("child_labour");
        fixture.withEntry(second, otherRisk, "HIGH");
        UUID secret = idIn(mvc.perform(post("/projects")
                        .with(user(second.editor()))
                        .with(csrf())
                        .param("title", "Second's own project")
                        .param("goal", "Not for the lead.")
                        .param("risk", otherRisk))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        mvc.perform(multipart("/projects/" + secret + "/documents")
                        .file(new MockMultipartFile("documentFile", "secret.pdf", "application/pdf", PDF))
                        .param("documentTitle", "Secret")
                        .with(user(second.editor()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/" + secret + "/indicators")
                        .with(user(second.editor()))
                        .with(csrf())
                        .param("name", "Secret")
                        .param("unit", "x"))
                .andExpect(status().is3xxRedirection());
        UUID document = tenantScope.asOrganisation(
                second.id(),
                () -> appJdbc.sql("SELECT id FROM project_document WHERE project_id = ?")
                        .param(secret)
                        .query(UUID.class)
                        .single());
        UUID indicator = tenantScope.asOrganisation(
                second.id(),
                () -> appJdbc.sql("SELECT id FROM project_indicator WHERE project_id = ?")
                        .param(secret)
                        .query(UUID.class)
                        .single());

        for (UUID project : List.of(shared, secret)) {
            mvc.perform(get("/projects/" + project + "/documents/" + document).with(user(lead.viewer())))
                    .andExpect(status().isNotFound());
            mvc.perform(value(project, indicator, "1", "0", "1")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/projects/" + secret).with(user(lead.viewer()))).andExpect(status().isNotFound());
        assertThat(page(get("/projects/" + shared).with(user(lead.viewer()))))
                .contains("Company " + second.id())
                .doesNotContain("Second's own project")
                .doesNotContain(otherRisk.substring(0, otherRisk.indexOf('/')));
        assertThat(asTenant(second.id(), "SELECT count(*) FROM project_indicator_value WHERE project_id = ?", secret))
                .isZero();
    }

    private UUID aProject(boolean inviteSharing) throws Exception {
        return idIn(mvc.perform(post("/projects")
                        .with(user(lead.editor()))
                        .with(csrf())
                        .param("title", "Living income")
                        .param("goal", "A living income.")
                        .param("risk", risk)
                        .param("inviteSharing", String.valueOf(inviteSharing)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    }

    private UUID aProjectWithInvitations() throws Exception {
        return aProject(true);
    }

    private MockHttpServletRequestBuilder measure(UUID project, String owner) {
        return post("/projects/" + project + "/measures")
                .with(user(lead.editor()))
                .with(csrf())
                .param("title", "Reference price")
                .param("type", "USE_LEVERAGE")
                .param("ownerOrganisation", owner)
                .param("ownerName", "Anna Jansen")
                .param("dueDate", LocalDate.now().plusMonths(6).toString())
                .param("status", "PLANNED");
    }

    private MockHttpServletRequestBuilder value(UUID project, UUID indicator, String total, String women, String men) {
        MockHttpServletRequestBuilder request = post("/projects/" + project + "/indicators/" + indicator + "/values")
                .with(user(lead.editor()))
                .with(csrf())
                .param("date", LocalDate.now().toString())
                .param("total", total)
                .param("men", men);
        return women == null ? request : request.param("women", women);
    }

    /** Who takes part, as the lead sees it. */
    private List<UUID> participants(UUID project) {
        return tenantScope.asOrganisation(
                lead.id(),
                () -> appJdbc.sql("SELECT organisation_id FROM kw_project_participants(?)")
                        .param(project)
                        .query(UUID.class)
                        .list());
    }

    /** One id, read as the lead: project rows are closed to everyone but the participants. */
    private UUID asLead(String sql, UUID project) {
        return tenantScope.asOrganisation(
                lead.id(),
                () -> appJdbc.sql(sql).param(project).query(UUID.class).single());
    }

    private int asTenant(UUID organisation, String sql, UUID project) {
        return tenantScope.asOrganisation(
                organisation,
                () -> appJdbc.sql(sql).param(project).query(Integer.class).single());
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static UUID idIn(String location) {
        String path = location.replaceAll("[?#].*$", "");
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
