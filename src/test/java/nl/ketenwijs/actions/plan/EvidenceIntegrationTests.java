package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class EvidenceIntegrationTests extends PlanIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    PlanFixture fixture;
    UUID measure;

    @BeforeEach
    void aMeasure() throws Exception {
        fixture = aCompanyWithARegister();
        measure = fixture.measure(fixture.plan("Cocoa"), Map.of());
    }

    @Test
    void aPdfIsStoredAndServedAsAnAttachmentThatIsNotSniffed() throws Exception {
        upload(new MockMultipartFile("evidenceFile", "../signed\u202Ecode.pdf", "text/html", PDF), "Signed code")
                .andExpect(status().is3xxRedirection());
        UUID file = evidenceIds().get(0);
        mvc.perform(get("/plans/measures/" + measure).with(user(fixture.viewer)))
                .andExpect(content().string(containsString("/plans/evidence/" + file)))
                .andExpect(content().string(containsString("Signed code")));
        mvc.perform(get("/plans/evidence/" + file).with(user(fixture.viewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("signedcode.pdf")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void aFileOfAnotherKindIsRefusedWhateverItsNameSays() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>\0".getBytes(StandardCharsets.UTF_8);
        upload(new MockMultipartFile("evidenceFile", "report.pdf", "application/pdf", html), null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bestand: dit soort bestand wordt niet aangenomen")));
        byte[] zip = EvidenceTypeTests.zip("payload.exe");
        upload(new MockMultipartFile("evidenceFile", "sheet.xlsx", "application/zip", zip), "note")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bestand: dit soort bestand wordt niet aangenomen")));
        assertThat(evidenceIds()).isEmpty();
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedAndANoteAloneIsEvidence() throws Exception {
        byte[] large = new byte[EvidenceFiles.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        upload(new MockMultipartFile("evidenceFile", "big.pdf", "application/pdf", large), null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bestand: te groot, ten hoogste 5 MB.")));
        upload(null, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Notitie: schrijf een notitie of kies een bestand.")));
        assertThat(evidenceIds()).isEmpty();

        upload(null, "Twelve suppliers confirmed by e-mail.").andExpect(status().is3xxRedirection());
        UUID note = evidenceIds().get(0);
        mvc.perform(get("/plans/evidence/" + note).with(user(fixture.viewer))).andExpect(status().isNotFound());
    }

    private ResultActions upload(MockMultipartFile file, String note) throws Exception {
        var request = multipart("/plans/measures/" + measure + "/evidence")
                .param("evidenceDate", "2026-10-01")
                .with(user(fixture.editor))
                .with(csrf());
        if (file != null) {
            request.file(file);
        }
        if (note != null) {
            request.param("evidenceNote", note);
        }
        return mvc.perform(request);
    }

    private java.util.List<UUID> evidenceIds() {
        return tenantScope.asOrganisation(
                fixture.company,
                () -> appJdbc.sql("SELECT id FROM measure_evidence WHERE measure_id = ? ORDER BY created_at")
                        .param(measure)
                        .query(UUID.class)
                        .list());
    }
}
