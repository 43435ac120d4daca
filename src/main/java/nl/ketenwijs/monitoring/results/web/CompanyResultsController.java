package nl.ketenwijs.monitoring.results.web;

import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.GroupSize;
import nl.ketenwijs.monitoring.results.CompanyResults;
import nl.ketenwijs.organisation.Account;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A company's own scores per step over the years, beside the mean of its size class. */
@Controller
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')")
class CompanyResultsController {

    private final CompanyResults results;

    CompanyResultsController(CompanyResults results) {
        this.results = results;
    }

    @GetMapping("/assessment/results")
    String results(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("years", results.of(account.organisationId()));
        model.addAttribute("sizeClass", results.sizeClassOf(account.organisationId()));
        model.addAttribute("steps", DueDiligenceStep.values());
        model.addAttribute("minimum", GroupSize.MINIMUM);
        return "assessment/results";
    }
}
