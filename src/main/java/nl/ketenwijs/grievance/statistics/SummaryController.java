package nl.ketenwijs.grievance.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.ketenwijs.grievance.statistics.CaseSummaries.Summarised;
import nl.ketenwijs.organisation.Account;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A complaint handler writes the anonymised public summary of a case: plain text without names, places or
 * anything else that points at the person, published on the public figures page once the case is closed
 * and the handler ticks "published".
 */
@Controller
@PreAuthorize("hasRole('COMPLAINT_HANDLER')")
class SummaryController {

    static final String PAGE = "complaints/public-summary";
    private static final String FORM = "summaryForm";

    private final CaseSummaries summaries;

    SummaryController(CaseSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/complaints/{id}/summary")
    String page(@PathVariable UUID id, Model model) {
        Summarised found = found(id);
        model.addAttribute(FORM, new SummaryForm(found.text(), found.published()));
        return show(id, found, model);
    }

    @PostMapping("/complaints/{id}/summary")
    String save(
            @PathVariable UUID id,
            @ModelAttribute SummaryForm form,
            @AuthenticationPrincipal Account handler,
            Model model,
            HttpServletResponse response) {
        Summarised found = found(id);
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        String text = form.text() == null ? "" : form.text().strip();
        if (text.isEmpty()) {
            errors.rejectValue("text", "summary.error.required");
        } else if (text.codePointCount(0, text.length()) > CaseSummaries.LONGEST) {
            errors.rejectValue("text", "summary.error.tooLong", new Object[] {CaseSummaries.LONGEST}, null);
        } else if (text.codePoints().anyMatch(SummaryController::unwanted)) {
            errors.rejectValue("text", "summary.error.unreadable");
        }
        if (form.published() && !found.closed()) {
            errors.rejectValue("published", "summary.error.notClosed");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(FORM, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
            return show(id, found, model);
        }
        summaries.save(id, text, form.published(), handler.userId());
        return "redirect:/complaints/" + id + "/summary?saved";
    }

    private String show(UUID id, Summarised found, Model model) {
        model.addAttribute("caseId", id);
        model.addAttribute("summarised", found);
        model.addAttribute("longest", CaseSummaries.LONGEST);
        return PAGE;
    }

    private Summarised found(UUID id) {
        return summaries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Plain text only: control characters (NUL among them), bidirectional overrides and unreadable bytes. */
    private static boolean unwanted(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                || (c >= 0x7f && c < 0xa0)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xfffd;
    }
}
