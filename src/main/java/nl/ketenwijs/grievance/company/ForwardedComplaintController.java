package nl.ketenwijs.grievance.company;

import java.util.UUID;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.grievance.routing.CompanyAnswer;
import nl.ketenwijs.grievance.routing.ForwardedCopy;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Complaints forwarded to the company: its administrators and editors answer, viewers read. Another
 * company's copy answers exactly like one that does not exist.
 */
@Controller
@PreAuthorize(ForwardedComplaintController.READERS)
class ForwardedComplaintController {

    static final String READERS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')";
    static final String ANSWERERS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')";
    static final int LONGEST_ANSWER = 5_000;

    /** Only the two texts are read from the request: no id, organisation or status is ever bound. */
    record AnswerForm(String response, String remedy) {

        CompanyAnswer answer() {
            return new CompanyAnswer(response.strip(), remedy == null || remedy.isBlank() ? null : remedy.strip());
        }

        boolean valid() {
            return response != null
                    && !response.isBlank()
                    && response.length() <= LONGEST_ANSWER
                    && (remedy == null || remedy.length() <= LONGEST_ANSWER)
                    && response.indexOf('\0') < 0
                    && (remedy == null || remedy.indexOf('\0') < 0);
        }
    }

    private final CompanyInbox inbox;

    ForwardedComplaintController(CompanyInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/forwarded-complaints")
    String list(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("copies", inbox.list(account.organisationId()));
        return "forwarded/list";
    }

    @GetMapping("/forwarded-complaints/{id}")
    String detail(@PathVariable UUID id, @AuthenticationPrincipal Account account, Model model) {
        return show(open(id, account), account, model, null);
    }

    @PostMapping("/forwarded-complaints/{id}/answer")
    @PreAuthorize(ANSWERERS)
    String answer(
            @PathVariable UUID id,
            @ModelAttribute AnswerForm form,
            @AuthenticationPrincipal Account account,
            Model model) {
        ForwardedCopy copy = open(id, account);
        if (!form.valid()) {
            model.addAttribute("answerInvalid", true);
            return show(copy, account, model, form);
        }
        if (!inbox.answer(account.organisationId(), account.userId(), id, form.answer())) {
            throw notFound();
        }
        return "redirect:/forwarded-complaints/" + id + "?answered";
    }

    /** Served as a download with nosniff (see the security headers), never shown inline by the browser. */
    @GetMapping("/forwarded-complaints/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(
            @PathVariable UUID id, @PathVariable UUID photoId, @AuthenticationPrincipal Account account) {
        CleanPhoto photo =
                inbox.photo(account.organisationId(), id, photoId).orElseThrow(ForwardedComplaintController::notFound);
        String extension = photo.contentType().equals("image/png") ? ".png" : ".jpg";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("photo-" + photoId + extension)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }

    private ForwardedCopy open(UUID id, Account account) {
        return inbox.open(account.organisationId(), account.userId(), id)
                .orElseThrow(ForwardedComplaintController::notFound);
    }

    private static String show(ForwardedCopy copy, Account account, Model model, AnswerForm typed) {
        model.addAttribute("copy", copy);
        model.addAttribute("canAnswer", account.role() == Role.COMPANY_ADMIN || account.role() == Role.COMPANY_EDITOR);
        model.addAttribute(
                "form",
                typed != null
                        ? typed
                        : copy.answer() == null
                                ? new AnswerForm("", "")
                                : new AnswerForm(
                                        copy.answer().response(), copy.answer().remedy()));
        model.addAttribute("longest", LONGEST_ANSWER);
        return "forwarded/detail";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such forwarded complaint");
    }
}
