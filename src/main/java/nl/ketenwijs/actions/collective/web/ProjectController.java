package nl.ketenwijs.actions.collective.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;
import nl.ketenwijs.actions.collective.IndicatorDraft;
import nl.ketenwijs.actions.collective.Participation;
import nl.ketenwijs.actions.collective.ProjectDraft;
import nl.ketenwijs.actions.collective.ProjectInvitations;
import nl.ketenwijs.actions.collective.ProjectMeasureDraft;
import nl.ketenwijs.actions.collective.ProjectWork;
import nl.ketenwijs.actions.collective.Projects;
import nl.ketenwijs.actions.collective.ValueDraft;
import nl.ketenwijs.actions.matching.SharedRiskMatches;
import nl.ketenwijs.actions.plan.CovenantDate;
import nl.ketenwijs.actions.plan.EvidenceFiles;
import nl.ketenwijs.actions.plan.PlanDraft;
import nl.ketenwijs.actions.plan.PlanInputRejected;
import nl.ketenwijs.actions.plan.web.Attachments;
import nl.ketenwijs.actions.plan.web.ProblemMessages;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.riskanalysis.PrioritisedRisks;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Collective projects: the list, a new project, a project's page with its participants, shared plan,
 * indicators, updates and documents, and the actions on it. Plain forms with a redirect after each post.
 * Companies, partner organisations and the secretariat read; viewers of a company only read.
 */
@Controller
@PreAuthorize(ProjectController.READERS)
class ProjectController {

    static final String READERS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER', 'PARTNER_MEMBER',"
            + " 'SECRETARIAT_ADMIN', 'MONITORING_REVIEWER')";
    static final String WRITERS =
            "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'PARTNER_MEMBER', 'SECRETARIAT_ADMIN')";
    static final String STARTERS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'SECRETARIAT_ADMIN')";

    private final Projects projects;
    private final ProjectWork work;
    private final ProjectInvitations invitations;
    private final PrioritisedRisks risks;
    private final SharedRiskMatches matches;
    private final KnowledgeNames names;
    private final ProblemMessages problems;
    private final CovenantDate date;

    ProjectController(
            Projects projects,
            ProjectWork work,
            ProjectInvitations invitations,
            PrioritisedRisks risks,
            SharedRiskMatches matches,
            KnowledgeNames names,
            ProblemMessages problems,
            CovenantDate date) {
        this.projects = projects;
        this.work = work;
        this.invitations = invitations;
        this.risks = risks;
        this.matches = matches;
        this.names = names;
        this.problems = problems;
        this.date = date;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal Account account, Locale locale, Model model) {
        model.addAttribute("names", names.in(locale));
        model.addAttribute("today", date.today());
        model.addAttribute("canWrite", mayWrite(account));
        model.addAttribute("canStart", mayStart(account));
    }

    @GetMapping("/projects")
    String list(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("summaries", projects.summaries(account.organisationId(), isSecretariat(account)));
        return "projects/list";
    }

    /** From a shared risk ({@code risk=commodity/COUNTRY/theme}) the risk is chosen already. */
    @GetMapping("/projects/new")
    @PreAuthorize(STARTERS)
    String create(@AuthenticationPrincipal Account account, @RequestParam(required = false) String risk, Model model) {
        return form(account, new ProjectDraft(null, null, risk), true, Map.of(), model);
    }

    @PostMapping("/projects")
    @PreAuthorize(STARTERS)
    String start(
            @AuthenticationPrincipal Account account,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String goal,
            @RequestParam(required = false) String risk,
            @RequestParam(defaultValue = "false") boolean inviteSharing,
            Locale locale,
            Model model) {
        ProjectDraft draft = new ProjectDraft(title, goal, risk);
        boolean secretariat = isSecretariat(account);
        try {
            UUID id = projects.start(account.organisationId(), secretariat, draft, account.getUsername());
            if (inviteSharing) {
                int invited =
                        invitations.inviteSharing(account.organisationId(), secretariat, id, account.getUsername());
                return "redirect:/projects/" + id + "?invited=" + invited;
            }
            return "redirect:/projects/" + id + "?started";
        } catch (PlanInputRejected rejected) {
            return form(account, draft, inviteSharing, problems.in(rejected.problems(), locale), model);
        }
    }

    @GetMapping("/projects/{id}")
    String project(@AuthenticationPrincipal Account account, @PathVariable UUID id, Model model) {
        return page(account, id, null, Map.of(), Map.of(), model);
    }

    @PostMapping("/projects/{id}/join")
    @PreAuthorize(WRITERS)
    String join(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        projects.join(account.organisationId(), id);
        return "redirect:/projects/" + id + "?joined";
    }

    @PostMapping("/projects/{id}/decline")
    @PreAuthorize(WRITERS)
    String decline(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        projects.decline(account.organisationId(), id);
        return "redirect:/projects?declined";
    }

    @PostMapping("/projects/{id}/invitations/sharing")
    @PreAuthorize(WRITERS)
    String inviteSharing(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        int invited =
                invitations.inviteSharing(account.organisationId(), isSecretariat(account), id, account.getUsername());
        return "redirect:/projects/" + id + "?invited=" + invited + "#participants";
    }

    @PostMapping("/projects/{id}/invitations/partner")
    @PreAuthorize(WRITERS)
    String invitePartner(@AuthenticationPrincipal Account account, @PathVariable UUID id, @RequestParam UUID partner) {
        boolean invited = invitations.invitePartner(
                account.organisationId(), isSecretariat(account), id, partner, account.getUsername());
        return "redirect:/projects/" + id + "?invited=" + (invited ? 1 : 0) + "#participants";
    }

    @PostMapping("/projects/{id}/measures")
    @PreAuthorize(WRITERS)
    String addMeasure(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @ModelAttribute ProjectMeasureDraft measure,
            Locale locale,
            Model model) {
        try {
            work.addMeasure(actor(account), id, measure);
            return "redirect:/projects/" + id + "?saved#plan";
        } catch (PlanInputRejected rejected) {
            Map<String, String> given = ProblemMessages.given(
                    "title", measure.title(),
                    "description", measure.description(),
                    "type", measure.type(),
                    "ownerOrganisation", measure.ownerOrganisation(),
                    "ownerName", measure.ownerName(),
                    "startDate", measure.startDate(),
                    "dueDate", measure.dueDate(),
                    "status", measure.status(),
                    "genderResponsive", String.valueOf(Boolean.TRUE.equals(measure.genderResponsive())));
            return page(account, id, "measure", problems.in(rejected.problems(), locale), given, model);
        }
    }

    @PostMapping("/projects/{id}/measures/{measure}/status")
    @PreAuthorize(WRITERS)
    String changeStatus(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @PathVariable UUID measure,
            @RequestParam(required = false) String status) {
        work.changeStatus(actor(account), id, measure, status);
        return "redirect:/projects/" + id + "?saved#plan";
    }

    @PostMapping("/projects/{id}/indicators")
    @PreAuthorize(WRITERS)
    String addIndicator(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @ModelAttribute IndicatorDraft indicator,
            Locale locale,
            Model model) {
        try {
            work.addIndicator(actor(account), id, indicator);
            return "redirect:/projects/" + id + "?saved#indicators";
        } catch (PlanInputRejected rejected) {
            Map<String, String> given = ProblemMessages.given(
                    "indicatorName", indicator.name(),
                    "indicatorUnit", indicator.unit(),
                    "baseline", indicator.baseline(),
                    "target", indicator.target(),
                    "byGender", String.valueOf(Boolean.TRUE.equals(indicator.byGender())));
            return page(account, id, "indicator", problems.in(rejected.problems(), locale), given, model);
        }
    }

    @PostMapping("/projects/{id}/indicators/{indicator}/values")
    @PreAuthorize(WRITERS)
    String addValue(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @PathVariable UUID indicator,
            @ModelAttribute ValueDraft value,
            Locale locale,
            Model model) {
        try {
            work.addValue(actor(account), id, indicator, value);
            return "redirect:/projects/" + id + "?saved#indicators";
        } catch (PlanInputRejected rejected) {
            Map<String, String> given = ProblemMessages.given(
                    "valueDate", value.date(), "total", value.total(), "women", value.women(), "men", value.men());
            return page(account, id, "value-" + indicator, problems.in(rejected.problems(), locale), given, model);
        }
    }

    @PostMapping("/projects/{id}/updates")
    @PreAuthorize(WRITERS)
    String addUpdate(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(required = false) String updateDate,
            @RequestParam(required = false) String updateText,
            Locale locale,
            Model model) {
        try {
            work.addUpdate(actor(account), id, updateDate, updateText);
            return "redirect:/projects/" + id + "?saved#updates";
        } catch (PlanInputRejected rejected) {
            Map<String, String> given = ProblemMessages.given("updateDate", updateDate, "updateText", updateText);
            return page(account, id, "update", problems.in(rejected.problems(), locale), given, model);
        }
    }

    @PostMapping("/projects/{id}/documents")
    @PreAuthorize(WRITERS)
    String addDocument(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(required = false) String documentTitle,
            @RequestParam(required = false) MultipartFile documentFile,
            Locale locale,
            Model model)
            throws IOException {
        try {
            work.addDocument(actor(account), id, documentTitle, Attachments.upload(documentFile));
            return "redirect:/projects/" + id + "?saved#documents";
        } catch (PlanInputRejected rejected) {
            Map<String, String> given = ProblemMessages.given("documentTitle", documentTitle);
            return page(account, id, "document", problems.in(rejected.problems(), locale), given, model);
        }
    }

    @GetMapping("/projects/{id}/documents/{document}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal Account account, @PathVariable UUID id, @PathVariable UUID document) {
        EvidenceFiles.StoredFile file = work.document(account.organisationId(), isSecretariat(account), id, document);
        return Attachments.download(file);
    }

    /**
     * The whole project for a participant; the summary with join or decline for one that may join.
     *
     * @param failed the form whose input was refused, so its problems show there
     */
    private String page(
            Account account,
            UUID id,
            String failed,
            Map<String, String> errors,
            Map<String, String> given,
            Model model) {
        boolean secretariat = isSecretariat(account);
        Projects.Summary summary = projects.summary(account.organisationId(), secretariat, id);
        model.addAttribute("summary", summary);
        model.addAttribute("errors", errors);
        model.addAttribute("given", given);
        model.addAttribute("failed", failed);
        if (!secretariat && summary.participation() != Participation.JOINED) {
            return "projects/summary";
        }
        model.addAttribute("view", projects.view(account.organisationId(), secretariat, id));
        model.addAttribute("sharing", matches.companiesSharing(summary.project().risk()));
        model.addAttribute("partners", invitations.partners());
        model.addAttribute("types", MeasureType.values());
        model.addAttribute("statuses", MeasureStatus.values());
        return "projects/project";
    }

    private String form(
            Account account, ProjectDraft draft, boolean inviteSharing, Map<String, String> errors, Model model) {
        List<EntryKey> offered = isSecretariat(account)
                ? matches.sectorRisks().stream()
                        .map(SharedRiskMatches.SectorRisk::key)
                        .toList()
                : risks.of(account.organisationId());
        model.addAttribute("draft", draft);
        model.addAttribute("offered", offered.stream().map(PlanDraft::keyText).toList());
        model.addAttribute("offeredKeys", offered);
        model.addAttribute("inviteSharing", inviteSharing);
        model.addAttribute("errors", errors);
        return "projects/form";
    }

    private static ProjectWork.Actor actor(Account account) {
        return new ProjectWork.Actor(account.organisationId(), isSecretariat(account), account.getUsername());
    }

    private static boolean isSecretariat(Account account) {
        return account.organisationKind() == OrganisationKind.SECRETARIAT;
    }

    private static boolean mayWrite(Account account) {
        return switch (account.role()) {
            case COMPANY_ADMIN, COMPANY_EDITOR, PARTNER_MEMBER, SECRETARIAT_ADMIN -> true;
            default -> false;
        };
    }

    private static boolean mayStart(Account account) {
        return switch (account.role()) {
            case COMPANY_ADMIN, COMPANY_EDITOR, SECRETARIAT_ADMIN -> true;
            default -> false;
        };
    }
}
