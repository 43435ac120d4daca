package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EvidenceTypeTests {

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void knowsEachAcceptedKindByItsContent() throws IOException {
        assertThat(EvidenceType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .contains(EvidenceType.PDF);
        assertThat(EvidenceType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .contains(EvidenceType.PNG);
        assertThat(EvidenceType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains(EvidenceType.JPEG);
        assertThat(EvidenceType.of(zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains(EvidenceType.XLSX);
        assertThat(EvidenceType.of(zip("[Content_Types].xml", "word/document.xml")))
                .contains(EvidenceType.DOCX);
        assertThat(EvidenceType.of("Getekend door 12 leveranciers.\r\nZie map.".getBytes(StandardCharsets.UTF_8)))
                .contains(EvidenceType.TEXT);
    }

    @Test
    void refusesWhatOnlyPosesAsAnAcceptedKind() throws IOException {
        assertThat(EvidenceType.of(zip("evil.exe"))).isEmpty();
        assertThat(EvidenceType.of(zip("[Content_Types].xml", "ppt/presentation.xml")))
                .isEmpty();
        assertThat(EvidenceType.of(new byte[] {'M', 'Z', (byte) 0x90, 0, 3})).isEmpty();
        assertThat(EvidenceType.of("text with a NUL\0".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(EvidenceType.of(new byte[] {(byte) 0xc3, (byte) 0x28})).isEmpty();
    }

    @Test
    void aFileNameLosesItsPathAndHiddenCharacters() {
        assertThat(EvidenceFiles.safeName("../../etc/passwd", EvidenceType.TEXT))
                .isEqualTo("passwd");
        assertThat(EvidenceFiles.safeName("C:\\temp\\report.pdf", EvidenceType.PDF))
                .isEqualTo("report.pdf");
        assertThat(EvidenceFiles.safeName("invoice\u202Efdp.exe", EvidenceType.PDF))
                .isEqualTo("invoicefdp.exe");
        assertThat(EvidenceFiles.safeName("...", EvidenceType.PNG)).isEqualTo("evidence.png");
        assertThat(EvidenceFiles.safeName(null, EvidenceType.PDF)).isEqualTo("evidence.pdf");
    }
}
