package nl.ketenwijs.monitoring.members.web;

import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.monitoring.members.BranchDashboard;
import nl.ketenwijs.monitoring.members.MailingOutcome;
import nl.ketenwijs.monitoring.members.ReminderRequest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.BranchMembers;
import nl.ketenwijs.organisation.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A branch organisation's view of its members' progress, in aggregate, and its mailings to the members
 * that lag. Branch staff see their own branch and mail its members; the secretariat reads every branch's
 * figures and mails no one on a branch's behalf.
 */
@Controller
class BranchProgressController {

    static final String PAGE = "members/progress";

    private final BranchDashboard dashboard;
    private final BranchMembers branchMembers;

    BranchProgressController(BranchDashboard dashboard, BranchMembers branchMembers) {
        this.dashboard = dashboard;
        this.branchMembers = branchMembers;
    }

    @GetMapping("/branch/progress")
    @PreAuthorize("hasAnyRole('BRANCH_STAFF', 'SECRETARIAT_ADMIN')")
    String progress(
            @AuthenticationPrincipal Account account,
            @RequestParam(name = "branch", required = false) UUID asked,
            Model model) {
        model.addAttribute("request", new ReminderRequest(null, "REMINDER", null, null, null));
        return page(account, asked, model, Map.of());
    }

    @PostMapping("/branch/progress/reminders")
    @PreAuthorize("hasRole('BRANCH_STAFF')")
    String remind(
            @AuthenticationPrincipal Account account,
            @ModelAttribute("request") ReminderRequest request,
            Model model,
            RedirectAttributes redirect) {
        MailingOutcome sent = dashboard.remind(account.organisationId(), request, account.getUsername());
        if (!sent.isSent()) {
            return page(account, null, model, sent.problems());
        }
        redirect.addFlashAttribute("sentTo", sent.members());
        return "redirect:/branch/progress";
    }

    private String page(Account account, UUID asked, Model model, Map<String, String> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("mayMail", account.role() == Role.BRANCH_STAFF);
        if (account.role() == Role.BRANCH_STAFF) {
            model.addAttribute("view", dashboard.of(account.organisationId()).orElseThrow());
            return PAGE;
        }
        model.addAttribute("branches", branchMembers.branches());
        if (asked != null) {
            model.addAttribute(
                    "view", dashboard.of(asked).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        }
        return PAGE;
    }
}
