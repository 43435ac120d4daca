package nl.ketenwijs.reporting.web;

import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.reporting.annual.Consent;
import nl.ketenwijs.reporting.annual.GoodPracticeExamples;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A company's administrator reads the examples the secretariat wrote about the company and gives or
 * refuses consent to publish each. A later answer counts from the next edition on: a published one stays.
 */
@Controller
@PreAuthorize("hasRole('COMPANY_ADMIN')")
class ConsentController {

    private final GoodPracticeExamples examples;

    ConsentController(GoodPracticeExamples examples) {
        this.examples = examples;
    }

    @GetMapping("/report-consent")
    String requests(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("examples", examples.about(account.organisationId()));
        return "reporting/consent";
    }

    @PostMapping("/report-consent/{id}")
    String decide(@PathVariable UUID id, @RequestParam boolean give, @AuthenticationPrincipal Account account) {
        examples.decide(id, account.organisationId(), give ? Consent.GIVEN : Consent.REFUSED, account.getUsername());
        return "redirect:/report-consent";
    }
}
