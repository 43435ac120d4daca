package nl.ketenwijs.actions.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ketenwijs.actions.collective.Project;
import nl.ketenwijs.actions.collective.Projects;
import nl.ketenwijs.actions.matching.RiskVisibility;
import nl.ketenwijs.actions.matching.SharedRiskCount;
import nl.ketenwijs.actions.matching.SharedRiskMatches;
import nl.ketenwijs.actions.plan.PlanDraft;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Shared risks: a company sees how many others prioritise its risks and name its facilities (from three on),
 * who opted in to be seen, and the projects on those risks; the secretariat sees every shared group.
 */
@Controller
class SharedRiskController {

    static final String COMPANY = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')";
    static final String COMPANY_EDITORS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')";
    static final String SECRETARIAT = "hasAnyRole('SECRETARIAT_ADMIN', 'MONITORING_REVIEWER')";

    private final SharedRiskMatches matches;
    private final SharedRiskCount count;
    private final RiskVisibility visibility;
    private final Projects projects;
    private final KnowledgeNames names;

    SharedRiskController(
            SharedRiskMatches matches,
            SharedRiskCount count,
            RiskVisibility visibility,
            Projects projects,
            KnowledgeNames names) {
        this.matches = matches;
        this.count = count;
        this.visibility = visibility;
        this.projects = projects;
        this.names = names;
    }

    @GetMapping("/shared-risks")
    @PreAuthorize(COMPANY)
    String company(@AuthenticationPrincipal Account account, Locale locale, Model model) {
        List<SharedRiskMatches.RiskMatch> risks = matches.risks(account.organisationId());
        model.addAttribute(
                "shared",
                risks.stream().filter(SharedRiskMatches.RiskMatch::isShared).toList());
        model.addAttribute("unshared", risks.stream().filter(m -> !m.isShared()).toList());
        model.addAttribute("facilities", matches.facilities(account.organisationId()));
        model.addAttribute("projectsByRisk", projectsByRisk());
        model.addAttribute("lastCount", count.last().orElse(null));
        model.addAttribute("names", names.in(locale));
        model.addAttribute("canEdit", account.role() == Role.COMPANY_ADMIN || account.role() == Role.COMPANY_EDITOR);
        model.addAttribute("minimum", SharedRiskCount.MINIMUM_GROUP);
        return "shared/company";
    }

    @PostMapping("/shared-risks/visibility")
    @PreAuthorize(COMPANY_EDITORS)
    String visibility(
            @AuthenticationPrincipal Account account,
            @RequestParam String risk,
            @RequestParam(defaultValue = "false") boolean visible) {
        EntryKey key = PlanDraft.parseKey(risk)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a risk"));
        try {
            if (visible) {
                visibility.show(account.organisationId(), key, account.getUsername());
            } else {
                visibility.hide(account.organisationId(), key);
            }
        } catch (RiskVisibility.NotPrioritised e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not a prioritised risk of this company");
        }
        return "redirect:/shared-risks?" + (visible ? "shown" : "hidden");
    }

    @GetMapping("/shared-risks/sector")
    @PreAuthorize(SECRETARIAT)
    String sector(@AuthenticationPrincipal Account account, Locale locale, Model model) {
        model.addAttribute("risks", matches.sectorRisks());
        model.addAttribute("facilities", matches.sectorFacilities());
        model.addAttribute("projectsByRisk", projectsByRisk());
        model.addAttribute("lastCount", count.last().orElse(null));
        model.addAttribute("names", names.in(locale));
        model.addAttribute("canStart", account.role() == Role.SECRETARIAT_ADMIN);
        model.addAttribute("minimum", SharedRiskCount.MINIMUM_GROUP);
        return "shared/sector";
    }

    @PostMapping("/shared-risks/sector/count")
    @PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
    String countNow() {
        count.count();
        return "redirect:/shared-risks/sector?counted";
    }

    /** The active projects, by the risk they are about. */
    private Map<EntryKey, List<Project>> projectsByRisk() {
        return projects.active().stream().collect(Collectors.groupingBy(Project::risk));
    }
}
