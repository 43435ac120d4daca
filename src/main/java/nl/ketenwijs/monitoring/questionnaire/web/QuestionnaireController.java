package nl.ketenwijs.monitoring.questionnaire.web;

import java.security.Principal;
import java.util.UUID;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.Questionnaire;
import nl.ketenwijs.monitoring.Questionnaires;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's questionnaires: the list, one questionnaire by step, and making (from the shipped one
 * or as next year's copy) and publishing them. Reviewers read; the secretariat's administrators change.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'MONITORING_REVIEWER')")
class QuestionnaireController {

    private static final String LIST = "redirect:/monitoring/questionnaires";

    private final Questionnaires questionnaires;

    QuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/monitoring/questionnaires")
    String list(Authentication user, Model model) {
        model.addAttribute("questionnaires", questionnaires.all());
        model.addAttribute("mayChange", mayChange(user));
        return "monitoring/questionnaires";
    }

    @PostMapping("/monitoring/questionnaires")
    @PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
    String shipDefault(@RequestParam("year") String year, Principal principal, RedirectAttributes redirect) {
        Integer reportingYear = year(year);
        if (reportingYear == null) {
            redirect.addFlashAttribute("problem", "monitoring.questionnaire.error.year");
            return LIST;
        }
        return attempt(redirect, LIST, () -> questionnaires.shipDefault(reportingYear, principal.getName()));
    }

    @GetMapping("/monitoring/questionnaires/{id}")
    String show(@PathVariable("id") UUID id, Authentication user, Model model) {
        model.addAttribute("mayChange", mayChange(user));
        Questionnaire questionnaire =
                questionnaires.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("steps", DueDiligenceStep.values());
        return "monitoring/questionnaire";
    }

    @PostMapping("/monitoring/questionnaires/{id}/copy")
    @PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
    String copy(@PathVariable("id") UUID id, Principal principal, RedirectAttributes redirect) {
        try {
            return "redirect:/monitoring/questionnaires/" + questionnaires.copyToNextYear(id, principal.getName());
        } catch (Questionnaires.Refused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/monitoring/questionnaires/" + id;
        }
    }

    @PostMapping("/monitoring/questionnaires/{id}/publish")
    @PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
    String publish(@PathVariable("id") UUID id, Principal principal, RedirectAttributes redirect) {
        return attempt(
                redirect,
                "redirect:/monitoring/questionnaires/" + id,
                () -> questionnaires.publish(id, principal.getName()));
    }

    private static String attempt(RedirectAttributes redirect, String target, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", true);
        } catch (Questionnaires.Refused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return target;
    }

    private static boolean mayChange(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_SECRETARIAT_ADMIN".equals(a.getAuthority()));
    }

    /** A reporting year as typed; null unless it is a year the covenant can report on. */
    private static Integer year(String typed) {
        try {
            int year = Integer.parseInt(typed.strip());
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
