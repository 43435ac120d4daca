package nl.ketenwijs.monitoring.assessment.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.assessment.StoredFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the assessment pages read from their paths, and how they hand out files. A path part that is not
 * a year or a step answers 404, as an unknown id does.
 */
final class AssessmentPaths {

    private AssessmentPaths() {}

    static int year(String text) {
        if (text == null || !text.matches("20[0-9]{2}|2100")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Integer.parseInt(text);
    }

    static DueDiligenceStep step(String text) {
        return Arrays.stream(DueDiligenceStep.values())
                .filter(step -> step.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Served as an attachment, never shown inline, with its checked type and nosniff. */
    static ResponseEntity<byte[]> download(StoredFile file) {
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
