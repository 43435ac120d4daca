package nl.ketenwijs.grievance.handling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.cases.ClosingReason;
import nl.ketenwijs.grievance.files.CleanFile;
import nl.ketenwijs.grievance.handling.AssignmentRefused;
import nl.ketenwijs.grievance.handling.Assignments;
import nl.ketenwijs.grievance.handling.CaseHandling;
import nl.ketenwijs.grievance.handling.CaseNotFound;
import nl.ketenwijs.grievance.handling.CaseReading;
import nl.ketenwijs.grievance.handling.TransitionRefused;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.organisation.Account;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case as its handler works on it: the complaint shown as text, photos as downloads, messages, history,
 * and the forms that move it, answer the complainant and assign it. Every post redirects back to the page.
 */
@Controller
@PreAuthorize(CaseQueueController.HANDLERS)
class CaseController {

    /** Longest reply or note a handler may write, in characters. */
    static final int MAX_TEXT = 10_000;

    private final CaseReading reading;
    private final CaseHandling handling;
    private final Assignments assignments;

    CaseController(CaseReading reading, CaseHandling handling, Assignments assignments) {
        this.reading = reading;
        this.handling = handling;
        this.assignments = assignments;
    }

    @GetMapping("/complaints/{id}")
    String show(@AuthenticationPrincipal Account account, @PathVariable UUID id, Model model) {
        return page(account, id, model);
    }

    /** The position is read here, not bound, so a malformed one is an unknown photo like any other. */
    @GetMapping("/complaints/{id}/photos/{position}")
    ResponseEntity<byte[]> photo(
            @AuthenticationPrincipal Account account, @PathVariable UUID id, @PathVariable String position) {
        int index = position.matches("[0-9]{1,2}") ? Integer.parseInt(position) : -1;
        CleanPhoto photo = reading.photo(id, index, account);
        String extension = "image/png".equals(photo.contentType()) ? "png" : "jpg";
        return download(photo.contentType(), "photo-" + (index + 1) + "." + extension, photo.bytes());
    }

    /** A document or voice note, cleaned of the metadata its format allows removing. */
    @GetMapping("/complaints/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal Account account, @PathVariable UUID id, @PathVariable String fileId) {
        CleanFile file = reading.file(id, fileId(fileId), account);
        return download(file.contentType(), "file-" + fileId + extension(file.contentType()), file.bytes());
    }

    /** The file exactly as the person sent it, only where originals were kept; served as plain bytes. */
    @GetMapping("/complaints/{id}/files/{fileId}/original")
    ResponseEntity<byte[]> original(
            @AuthenticationPrincipal Account account, @PathVariable UUID id, @PathVariable String fileId) {
        byte[] original = reading.original(id, fileId(fileId), account);
        return download(MediaType.APPLICATION_OCTET_STREAM_VALUE, "original-" + fileId + ".bin", original);
    }

    @PostMapping("/complaints/{id}/transitions")
    String move(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam int revision,
            @RequestParam CaseStatus to,
            @RequestParam(required = false) ClosingReason reason,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        if (note != null && note.length() > MAX_TEXT) {
            return refused(account, id, "tooLong", model, response);
        }
        try {
            handling.move(id, revision, to, reason, note, account.userId());
        } catch (TransitionRefused e) {
            return refused(account, id, e.why().name(), model, response);
        }
        return "redirect:/complaints/" + id + "?moved";
    }

    @PostMapping("/complaints/{id}/messages")
    String reply(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(required = false) String text,
            Model model,
            HttpServletResponse response) {
        if (text == null || text.isBlank()) {
            return refused(account, id, "emptyReply", model, response);
        }
        if (text.length() > MAX_TEXT) {
            return refused(account, id, "tooLong", model, response);
        }
        handling.reply(id, text);
        return "redirect:/complaints/" + id + "?sent";
    }

    @PostMapping("/complaints/{id}/assignment")
    String assign(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam UUID handler,
            Model model,
            HttpServletResponse response) {
        try {
            assignments.assign(id, handler);
        } catch (AssignmentRefused e) {
            return refused(account, id, "conflict", model, response);
        }
        return "redirect:/complaints/" + id + "?assigned";
    }

    private static ResponseEntity<byte[]> download(String contentType, String fileName, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }

    /** A malformed id is an unknown file like any other, not a binding error. */
    private static UUID fileId(String typed) {
        try {
            return UUID.fromString(typed);
        } catch (IllegalArgumentException e) {
            throw new CaseNotFound();
        }
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "audio/amr" -> ".amr";
            case "audio/amr-wb" -> ".awb";
            case "audio/3gpp", "audio/mp4" -> ".m4a";
            case "audio/ogg" -> ".ogg";
            case "audio/mpeg" -> ".mp3";
            case "audio/wav", "audio/x-wav" -> ".wav";
            default -> ".bin";
        };
    }

    private String page(Account account, UUID id, Model model) {
        model.addAttribute("details", reading.open(id, account));
        model.addAttribute("files", reading.files(id));
        model.addAttribute("eligible", assignments.eligible(id));
        model.addAttribute("reasons", ClosingReason.values());
        return "complaints/case";
    }

    /** The case page again, with the reason nothing was changed, answered as a conflict. */
    private String refused(Account account, UUID id, String why, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("refused", why);
        return page(account, id, model);
    }
}
