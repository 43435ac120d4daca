package nl.ketenwijs.grievance.handling.web;

import nl.ketenwijs.grievance.cases.CaseStatus;
import nl.ketenwijs.grievance.handling.CaseQueue;
import nl.ketenwijs.organisation.Account;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The complaint handlers' queue: cases by stage, theirs or everyone's, newest first, a page at a time. */
@Controller
@PreAuthorize(CaseQueueController.HANDLERS)
class CaseQueueController {

    static final String HANDLERS = "hasRole('COMPLAINT_HANDLER')";

    private final CaseQueue queue;

    CaseQueueController(CaseQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/complaints")
    String queue(
            @AuthenticationPrincipal Account account,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", queue.page(status, mine ? account.userId() : null, page));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("mine", mine);
        return "complaints/queue";
    }
}
