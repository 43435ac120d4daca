package nl.ketenwijs.grievance.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import nl.ketenwijs.grievance.files.SampleFiles;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

class CasePagesIntegrationTests extends HandlingIntegrationTest {

    private static final String SCRIPT = "<script>alert('kw')</script>";

    @Autowired
    AccountDirectory accounts;

    @Test
    void aHandlerWithoutASecondFactorReachesNoComplaintPage() throws Exception {
        UUID caseId = newCase("Overtime unpaid");
        TestAccounts.Person handler = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        Cookie session = testAccounts().passwordLogin(handler.username());
        for (String path : new String[] {"/complaints", "/complaints/" + caseId, "/complaints/interests"}) {
            MockHttpServletResponse response =
                    mvc.perform(get(path).cookie(session)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).contains("/login/");
            assertThat(response.getContentAsString()).doesNotContain("Overtime unpaid");
        }
        assertThat(testAccounts().auditCount(handler, CaseReading.VIEWED)).isZero();
    }

    @Test
    void aCompanyAdminGetsNoComplaintPage() throws Exception {
        UUID caseId = newCase("Overtime unpaid again");
        Account company = accounts.loadUserByUsername("admin@cacaohuis-zaandam.example");
        mvc.perform(get("/complaints").with(user(company))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints/" + caseId).with(user(company))).andExpect(status().isForbidden());
    }

    @Test
    void markupFromThePortalIsShownAsTextUnderTheContentSecurityPolicyAndEveryViewIsAudited() throws Exception {
        UUID caseId = newCase("Beaten " + SCRIPT);
        TestAccounts.Person person = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        Account handler = accounts.loadUserByUsername(person.username());

        MockHttpServletResponse response = mvc.perform(
                        get("/complaints/" + caseId).with(user(handler)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Beaten &lt;script&gt;alert(&#39;kw&#39;)&lt;/script&gt;")
                .doesNotContain(SCRIPT);
        assertThat(page).contains("Pay the wages").contains("About 30 pickers");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");

        mvc.perform(get("/complaints/" + caseId).with(user(handler))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT object_id FROM audit_event WHERE actor_id = ? AND action = ?")
                        .params(person.key().userId(), CaseReading.VIEWED)
                        .query(String.class)
                        .list())
                .as("one entry per view, naming the case and nothing it says")
                .containsExactly(caseId.toString(), caseId.toString());
    }

    @Test
    void photosAreDownloadedAsAttachmentsWithoutSniffingAndEachDownloadIsAudited() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        UUID caseId = filedWith(
                new MockMultipartFile("photos", "field.jpg", "image/jpeg", jpeg.toByteArray()),
                "The dormitory roof fell in");
        TestAccounts.Person person = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        Account handler = accounts.loadUserByUsername(person.username());

        assertThat(mvc.perform(get("/complaints/" + caseId).with(user(handler)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/complaints/" + caseId + "/photos/0");
        MockHttpServletResponse photo = mvc.perform(
                        get("/complaints/" + caseId + "/photos/0").with(user(handler)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(photo.getContentType()).isEqualTo("image/jpeg");
        assertThat(photo.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(photo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo.getContentAsByteArray())))
                .isNotNull();
        mvc.perform(get("/complaints/" + caseId + "/photos/1").with(user(handler)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT object_id FROM audit_event WHERE actor_id = ? AND action = ?")
                        .params(person.key().userId(), CaseReading.PHOTO_DOWNLOADED)
                        .query(String.class)
                        .list())
                .contains(caseId + "/photo/0");
    }

    @Test
    void documentsAreDownloadedWithoutTheirMetadataAndEachDownloadIsAudited() throws Exception {
        String canary = "Canary-" + UUID.randomUUID();
        UUID caseId = filedWith(
                new MockMultipartFile(
                        "documents", "statement.pdf", "application/pdf", SampleFiles.pdfWithMetadata(canary)),
                "The contract was never given to us");
        UUID fileId = complaints
                .sql("SELECT id FROM grievance_attachment WHERE case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single();
        TestAccounts.Person person = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        Account handler = accounts.loadUserByUsername(person.username());

        assertThat(mvc.perform(get("/complaints/" + caseId).with(user(handler)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/complaints/" + caseId + "/files/" + fileId)
                .as("originals are not kept by default")
                .doesNotContain("/files/" + fileId + "/original");
        MockHttpServletResponse document = mvc.perform(
                        get("/complaints/" + caseId + "/files/" + fileId).with(user(handler)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(document.getContentType()).isEqualTo("application/pdf");
        assertThat(document.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains(".pdf");
        assertThat(document.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new String(document.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF")
                .doesNotContain(canary);
        mvc.perform(get("/complaints/" + caseId + "/files/" + fileId + "/original")
                        .with(user(handler)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/complaints/" + caseId + "/files/" + UUID.randomUUID()).with(user(handler)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/complaints/" + caseId + "/files/not-an-id").with(user(handler)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT object_id FROM audit_event WHERE actor_id = ? AND action = ?")
                        .params(person.key().userId(), CaseReading.FILE_DOWNLOADED)
                        .query(String.class)
                        .list())
                .contains(caseId + "/file/" + fileId);
    }

    @Test
    void theQueueListsCasesByStageAndThoseAssignedToMe() throws Exception {
        UUID caseId = newCase("Queue case");
        String locator = locatorOf(caseId);
        TestAccounts.Person person = testAccounts().create(Role.COMPLAINT_HANDLER, false);
        Account handler = accounts.loadUserByUsername(person.username());

        assertThat(queue(handler, "/complaints?status=RECEIVED"))
                .contains(locator)
                .contains("ontvangst bevestigen vóór");
        complaints
                .sql("UPDATE grievance_case SET acknowledge_by = now() - interval '1 day' WHERE id = ?")
                .param(caseId)
                .update();
        assertThat(queue(handler, "/complaints?status=RECEIVED"))
                .as("overdue, marked in the case's own row")
                .containsPattern(locator + "(?:(?!</tr>)(?s:.))*class=\"flag\">verstreken<");
        assertThat(queue(handler, "/complaints?status=DIALOGUE")).doesNotContain(locator);
        assertThat(queue(handler, "/complaints?mine=true")).doesNotContain(locator);
        mvc.perform(post("/complaints/" + caseId + "/assignment")
                        .with(user(handler))
                        .with(csrf())
                        .param("handler", person.key().userId().toString()))
                .andExpect(status().is3xxRedirection());
        String mine = queue(handler, "/complaints?mine=true");
        assertThat(mine).contains(locator).contains("Test COMPLAINT_HANDLER");
        assertThat(queue(handler, "/complaints?status=RECEIVED&page=100000")).doesNotContain(locator);
    }

    @Test
    void theHandlerMovesTheCaseAndAnswersAndTheComplainantSeesBothInTheirLanguage() throws Exception {
        String receipt = receiptOn(mvc.perform(complaint(UUID.randomUUID(), "Nous travaillons la nuit"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        UUID caseId = caseIdOf(receipt);
        Account handler = accounts.loadUserByUsername(
                testAccounts().create(Role.COMPLAINT_HANDLER, false).username());

        mvc.perform(move(handler, caseId, 0, "DIALOGUE"))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Deze stap kan niet vanuit de huidige fase"));
        mvc.perform(move(handler, caseId, 0, "ACKNOWLEDGED")).andExpect(status().is3xxRedirection());
        mvc.perform(move(handler, caseId, 0, "ADMISSIBILITY"))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Iemand anders heeft de zaak intussen gewijzigd"));
        mvc.perform(post("/complaints/" + caseId + "/messages")
                        .with(user(handler))
                        .with(csrf())
                        .characterEncoding(StandardCharsets.UTF_8)
                        .param("text", "Nous avons reçu votre plainte"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(caseId)).isEqualTo("ACKNOWLEDGED");

        Cookie complainant = mvc.perform(post("/klacht/follow")
                        .with(csrf())
                        .param("receipt", receipt)
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.77");
                            return request;
                        }))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        String followUp = mvc.perform(get("/klacht/case").param("lang", "fr").cookie(complainant))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(followUp)
                .contains("Confirmée")
                .contains("Responsable des plaintes")
                .contains("Nous avons reçu votre plainte");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder move(
            Account handler, UUID caseId, int revision, String to) {
        return post("/complaints/" + caseId + "/transitions")
                .with(user(handler))
                .with(csrf())
                .param("revision", Integer.toString(revision))
                .param("to", to);
    }

    private String queue(Account handler, String path) throws Exception {
        return mvc.perform(get(path).with(user(handler)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** An anonymous case filed through the portal form with one file; its id. */
    private UUID filedWith(MockMultipartFile file, String whatHappened) throws Exception {
        String page = mvc.perform(multipart("/klacht/new")
                        .file(file)
                        .with(csrf())
                        .characterEncoding(StandardCharsets.UTF_8)
                        .param("formKey", UUID.randomUUID().toString())
                        .param("whatHappened", whatHappened)
                        .param("contactChannel", "ANONYMOUS"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return caseIdOf(receiptOn(page));
    }
}
