package nl.ketenwijs.grievance.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.grievance.cases.Attachments;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

class DocumentAndVoiceNoteIntegrationTests extends PortalIntegrationTest {

    private static final String TYPED = "The foreman keeps our passports";

    @Autowired
    Attachments attachments;

    @Autowired
    ComplaintsScope scope;

    @Test
    void aPdfIsKeptWithoutItsAuthorAndXmpAndEncryptedWithTheCase() throws Exception {
        String canary = "canary-author-" + UUID.randomUUID();
        UUID caseId = caseOf(accepted(file("documents", "statement.pdf", SampleFiles.pdfWithMetadata(canary))));

        List<Attachments.Listed> listed = scope.read(() -> attachments.of(caseId));
        assertThat(listed).extracting(Attachments.Listed::contentType).containsExactly("application/pdf");
        assertThat(listed).extracting(Attachments.Listed::originalKept).containsExactly(false);
        CleanFile pdf = scope.read(
                        () -> attachments.cleaned(caseId, listed.get(0).id()))
                .orElseThrow();
        assertThat(new String(pdf.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(canary);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
        }
        assertThat(complaints
                        .sql("SELECT count(*) FROM grievance_attachment WHERE case_id = ? AND original IS NULL"
                                + " AND position(convert_to('%PDF', 'UTF8') IN body) = 0")
                        .param(caseId)
                        .query(Integer.class)
                        .single())
                .as("stored encrypted, without the original")
                .isEqualTo(1);
    }

    @Test
    void voiceNotesOfEveryPhoneFormatAreTakenByTheirContentAndLoseTheirTags() throws Exception {
        String canary = "canary-voice-" + UUID.randomUUID();
        UUID first = caseOf(accepted(
                file("voiceNotes", "note.bin", SampleFiles.mp3WithTags(canary)),
                file("voiceNotes", "Recording 1.wav", SampleFiles.wavWithInfo(canary)),
                file("voiceNotes", "Voice 001.3gp", SampleFiles.threeGppWithLocation(canary))));
        UUID second = caseOf(accepted(
                file("voiceNotes", "a.amr", SampleFiles.amr()), file("voiceNotes", "b.ogg", SampleFiles.ogg())));

        List<CleanFile> cleaned = scope.read(() -> attachments.of(first).stream()
                .map(listed -> attachments.cleaned(first, listed.id()).orElseThrow())
                .toList());
        assertThat(cleaned)
                .extracting(CleanFile::contentType)
                .containsExactlyInAnyOrder("audio/mpeg", "audio/wav", "audio/3gpp");
        for (CleanFile file : cleaned) {
            assertThat(file.kind()).isEqualTo(FileKind.VOICE_NOTE);
            String bytes = new String(file.bytes(), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain(canary).doesNotContain("zzzz").doesNotContain("{{{{");
        }
        assertThat(scope.read(() -> attachments.of(second)))
                .extracting(Attachments.Listed::contentType)
                .containsExactlyInAnyOrder("audio/amr", "audio/ogg");
    }

    @Test
    void aZipPosingAsADocumentOrVoiceNoteIsRefusedAndEverythingTypedStays() throws Exception {
        assertThat(refused(file("documents", "contract.pdf", SampleFiles.zip())))
                .contains("one file is not a PDF document we can read")
                .contains(TYPED)
                .contains("please choose your photos, documents and voice messages again");
        assertThat(refused(file("voiceNotes", "note.mp3", SampleFiles.zip())))
                .contains("one file is not a recording we can play");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedInThePersonsLanguageAndTheTextKept() throws Exception {
        byte[] large = new byte[50 * 1024 * 1024];
        System.arraycopy(SampleFiles.amr(), 0, large, 0, 6);
        String page = mvc.perform(form(file("voiceNotes", "long.amr", large)).param("lang", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("un fichier dépasse 10 Mo")
                .contains(TYPED)
                .contains("choisissez de nouveau vos photos");
        assertThat(refused(file("photos", "big.jpg", large))).contains("one photo is larger than 6 MB");
    }

    @Test
    void aFileNameThatTurnsTextAroundIsRefused() throws Exception {
        String tricky = "invoice\u202Efdp.exe";
        assertThat(refused(file("documents", tricky, SampleFiles.pdfWithMetadata("x"))))
                .contains("has a hidden sign that turns the text around")
                .doesNotContain("\u202E")
                .contains(TYPED);
        assertThat(refused(file("photos", "photo\u202Egpj.exe", new byte[] {1, 2, 3})))
                .contains("has a hidden sign that turns the text around");
    }

    @Test
    void aNulByteInTextWithFilesAttachedKeepsTheTextAndAsksForTheFilesAgain() throws Exception {
        String page = mvc.perform(form(file("documents", "a.pdf", SampleFiles.pdfWithMetadata("y")))
                        .param("region", "Ashanti\u0000"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("some signs could not be read")
                .contains("Ashanti\uFFFD")
                .contains(TYPED)
                .contains("please choose your photos, documents and voice messages again");
    }

    @Test
    void tooManyFilesOrTooMuchTogetherAreRefused() throws Exception {
        byte[] amr = SampleFiles.amr();
        assertThat(refused(
                        file("voiceNotes", "1.amr", amr),
                        file("voiceNotes", "2.amr", amr),
                        file("voiceNotes", "3.amr", amr),
                        file("voiceNotes", "4.amr", amr)))
                .contains("please send at most 3 files");
        byte[] nine = new byte[9 * 1024 * 1024];
        System.arraycopy(amr, 0, nine, 0, amr.length);
        assertThat(refused(
                        file("voiceNotes", "1.amr", nine),
                        file("voiceNotes", "2.amr", nine),
                        file("voiceNotes", "3.amr", nine)))
                .contains("all files together are larger than 20 MB");
    }

    @Test
    void theComplainantAddsDocumentsAndVoiceNotesLaterOnTheFollowUpPage() throws Exception {
        String receipt = receiptOn(accepted());
        Cookie session = mvc.perform(post("/klacht/follow").with(csrf()).param("receipt", receipt))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(multipart("/klacht/case/files")
                        .file(file("documents", "later.pdf", SampleFiles.pdfWithMetadata("z")))
                        .file(file("voiceNotes", "later.amr", SampleFiles.amr()))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(multipart("/klacht/case/files")
                        .file(file("documents", "later.pdf", SampleFiles.zip()))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("one file is not a PDF document we can read");

        String page = mvc.perform(get("/klacht/case?filesSent").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Your files were received.")
                .contains("A document")
                .contains("A voice message");
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(30 * 1024);
        UUID caseId = caseOf(receipt);
        assertThat(scope.read(() -> attachments.of(caseId)))
                .extracting(Attachments.Listed::contentType)
                .containsExactly("application/pdf", "audio/amr");
    }

    private String accepted(MockMultipartFile... files) throws Exception {
        String page = mvc.perform(form(files))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String receipt = receiptOn(page);
        assertIsAReceipt(receipt);
        return page;
    }

    private String refused(MockMultipartFile... files) throws Exception {
        MvcResult result = mvc.perform(form(files))
                .andExpect(status().isUnprocessableContent())
                .andReturn();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(receiptOn(page)).isNull();
        return page;
    }

    private static MockMultipartHttpServletRequestBuilder form(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/klacht/new");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.with(csrf())
                .characterEncoding(StandardCharsets.UTF_8)
                .param("formKey", UUID.randomUUID().toString())
                .param("whatHappened", TYPED)
                .param("contactChannel", "ANONYMOUS");
        return request;
    }

    private UUID caseOf(String pageOrReceipt) {
        String receipt = pageOrReceipt.length() == 20 ? pageOrReceipt : receiptOn(pageOrReceipt);
        return complaints
                .sql("SELECT id FROM grievance_case WHERE locator = ?")
                .param(receipt.substring(0, 7))
                .query(UUID.class)
                .single();
    }

    private static MockMultipartFile file(String field, String name, byte[] content) {
        return new MockMultipartFile(field, name, "application/octet-stream", content);
    }
}
