package nl.ketenwijs.actions.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.ketenwijs.actions.plan.EvidenceFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Files in and out of the plan and project pages: evidence and shared documents. */
public final class Attachments {

    private Attachments() {}

    /** A file over the limit is not read into memory; its size alone refuses it. Null when nothing was sent. */
    public static EvidenceFiles.Upload upload(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        boolean tooLarge = file.getSize() > EvidenceFiles.MAX_BYTES;
        return new EvidenceFiles.Upload(file.getOriginalFilename(), file.getSize(), tooLarge ? null : file.getBytes());
    }

    /** Served as an attachment, never shown inline, with its checked type and nosniff. */
    public static ResponseEntity<byte[]> download(EvidenceFiles.StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
