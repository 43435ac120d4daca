package nl.ketenwijs.grievance.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.grievance.cases.Cases;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import nl.ketenwijs.grievance.cases.Contact;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

class AssistedIntakeIntegrationTests extends PortalIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Cases cases;

    @Autowired
    ComplaintsScope scope;

    @Test
    void aPartnerMemberFilesForSomeoneAndTheCaseRecordsTheOrganisationNotThePerson() throws Exception {
        Account member = partnerMember();
        String form = mvc.perform(
                        get("/partner/complaints/new").with(user(member)).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("File a complaint for someone")
                .containsPattern("value=\"PARTNER\"[^>]*checked")
                .contains("value=\"" + member.organisationId() + "\" selected");

        var response = mvc.perform(assisted(member, "The cooperative withholds the premium")
                        .param("contactChannel", "PARTNER")
                        .param("partner", member.organisationId().toString()))
                .andReturn()
                .getResponse();
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        String receipt = receiptOn(page);
        assertIsAReceipt(receipt);
        assertThat(page).contains("Give this receipt code to the person now");

        Map<String, Object> row = complaints
                .sql("SELECT id, assisted_by, contact_channel FROM grievance_case WHERE locator = ?")
                .param(receipt.substring(0, 7))
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("assisted_by", member.organisationId())
                .containsEntry("contact_channel", "PARTNER");
        UUID caseId = (UUID) row.get("id");
        Contact contact = scope.read(() -> cases.contact(caseId)).orElseThrow();
        assertThat(contact.partnerId()).isEqualTo(member.organisationId());
        assertThat(complaints
                        .sql(
                                "SELECT count(*) FROM grievance_case WHERE id = ? AND row_to_json(grievance_case)::text LIKE ?")
                        .params(caseId, "%" + member.userId() + "%")
                        .query(Integer.class)
                        .single())
                .as("the member who typed it is not recorded")
                .isZero();
    }

    @Test
    void aRefusedAssistedFormComesBackFilled() throws Exception {
        String page = mvc.perform(assisted(partnerMember(), "Wages\u0000 unpaid")
                        .param("place", "Near the mill")
                        .param("contactChannel", "ANONYMOUS"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Wages\uFFFD unpaid")
                .contains("Near the mill")
                .contains("could not be read");
        assertThat(receiptOn(page)).isNull();
    }

    @Test
    void onlyPartnerMembersFileForSomeone() throws Exception {
        Account company = accounts.loadUserByUsername("admin@cacaohuis-zaandam.example");
        mvc.perform(get("/partner/complaints/new").with(user(company))).andExpect(status().isForbidden());
        mvc.perform(assisted(company, "Not mine to file")).andExpect(status().isForbidden());
        mvc.perform(get("/partner/complaints/new")).andExpect(status().is3xxRedirection());
    }

    private static MockMultipartHttpServletRequestBuilder assisted(Account member, String whatHappened) {
        MockMultipartHttpServletRequestBuilder request = multipart("/partner/complaints/new");
        request.with(user(member))
                .with(csrf())
                .characterEncoding(StandardCharsets.UTF_8)
                .param("lang", "en")
                .param("formKey", UUID.randomUUID().toString())
                .param("whatHappened", whatHappened)
                .param("country", "CI")
                .param("themes", "WAGES");
        return request;
    }

    private Account partnerMember() {
        String username = jdbc.sql(
                        "SELECT username FROM app_user WHERE role = 'PARTNER_MEMBER' ORDER BY username LIMIT 1")
                .query(String.class)
                .single();
        return accounts.loadUserByUsername(username);
    }
}
