package nl.ketenwijs.actions.plan.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureStatus;
import nl.ketenwijs.actions.MeasureType;
import nl.ketenwijs.actions.plan.CovenantDate;
import nl.ketenwijs.actions.plan.EvidenceFiles;
import nl.ketenwijs.actions.plan.Measure;
import nl.ketenwijs.actions.plan.MeasureDraft;
import nl.ketenwijs.actions.plan.MeasureTemplate;
import nl.ketenwijs.actions.plan.MeasureTemplates;
import nl.ketenwijs.actions.plan.Measures;
import nl.ketenwijs.actions.plan.PlanInputRejected;
import nl.ketenwijs.actions.plan.Plans;
import nl.ketenwijs.actions.plan.UpdateDraft;
import nl.ketenwijs.organisation.Account;
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
 * A measure: its form (blank, from a template, or to edit), its page with progress updates and evidence,
 * and the download of an evidence file. Every id is looked up in the company before the input is read, so
 * another company's id answers exactly as an unknown one.
 */
@Controller
@PreAuthorize(ProblemMessages.READERS)
class MeasureController {

    private final Plans plans;
    private final Measures measures;
    private final EvidenceFiles evidence;
    private final MeasureTemplates templates;
    private final ProblemMessages problems;
    private final CovenantDate date;

    MeasureController(
            Plans plans,
            Measures measures,
            EvidenceFiles evidence,
            MeasureTemplates templates,
            ProblemMessages problems,
            CovenantDate date) {
        this.plans = plans;
        this.measures = measures;
        this.evidence = evidence;
        this.templates = templates;
        this.problems = problems;
        this.date = date;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("canEdit", ProblemMessages.mayEdit(account));
        model.addAttribute("today", date.today());
        model.addAttribute("types", MeasureType.values());
        model.addAttribute("statuses", MeasureStatus.values());
    }

    /** With {@code template}, the form starts from that template; everything in it stays editable. */
    @GetMapping("/plans/{id}/measures/new")
    @PreAuthorize(ProblemMessages.EDITORS)
    String create(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID template,
            Model model) {
        plans.requireExists(account.organisationId(), id);
        MeasureDraft draft = template == null
                ? MeasureDraft.EMPTY
                : templates.template(template).map(MeasureTemplate::toDraft).orElse(MeasureDraft.EMPTY);
        return measureForm(id, null, draft, Map.of(), model);
    }

    @PostMapping("/plans/{id}/measures")
    @PreAuthorize(ProblemMessages.EDITORS)
    String add(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @ModelAttribute("measureFields") MeasureDraft draft,
            Locale locale,
            Model model) {
        plans.requireExists(account.organisationId(), id);
        try {
            UUID measure = measures.add(account.organisationId(), id, draft);
            return "redirect:/plans/measures/" + measure + "?saved";
        } catch (PlanInputRejected rejected) {
            return measureForm(id, null, draft, problems.in(rejected.problems(), locale), model);
        }
    }

    @GetMapping("/plans/measures/{id}")
    String measure(@AuthenticationPrincipal Account account, @PathVariable UUID id, Model model) {
        return measurePage(account, id, Map.of(), Map.of(), model);
    }

    @GetMapping("/plans/measures/{id}/edit")
    @PreAuthorize(ProblemMessages.EDITORS)
    String edit(@AuthenticationPrincipal Account account, @PathVariable UUID id, Model model) {
        Measure measure = measures.measure(account.organisationId(), id);
        return measureForm(measure.planId(), id, MeasureDraft.of(measure), Map.of(), model);
    }

    @PostMapping("/plans/measures/{id}")
    @PreAuthorize(ProblemMessages.EDITORS)
    String change(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @ModelAttribute("measureFields") MeasureDraft draft,
            Locale locale,
            Model model) {
        Measure measure = measures.measure(account.organisationId(), id);
        try {
            measures.change(account.organisationId(), id, draft);
            return "redirect:/plans/measures/" + id + "?saved";
        } catch (PlanInputRejected rejected) {
            return measureForm(measure.planId(), id, draft, problems.in(rejected.problems(), locale), model);
        }
    }

    @PostMapping("/plans/measures/{id}/updates")
    @PreAuthorize(ProblemMessages.EDITORS)
    String update(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(required = false) String updateDate,
            @RequestParam(required = false) String updateText,
            @RequestParam(required = false) String updateValue,
            Locale locale,
            Model model) {
        measures.measure(account.organisationId(), id);
        try {
            measures.addUpdate(
                    account.organisationId(),
                    id,
                    new UpdateDraft(updateDate, updateText, updateValue),
                    account.getUsername());
            return "redirect:/plans/measures/" + id + "?updated#updates";
        } catch (PlanInputRejected rejected) {
            Map<String, String> given = ProblemMessages.given(
                    "updateDate", updateDate, "updateText", updateText, "updateValue", updateValue);
            return measurePage(account, id, problems.in(rejected.problems(), locale), given, model);
        }
    }

    @PostMapping("/plans/measures/{id}/evidence")
    @PreAuthorize(ProblemMessages.EDITORS)
    String addEvidence(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(required = false) String evidenceDate,
            @RequestParam(required = false) String evidenceNote,
            @RequestParam(required = false) MultipartFile evidenceFile,
            Locale locale,
            Model model)
            throws IOException {
        measures.measure(account.organisationId(), id);
        try {
            evidence.add(
                    account.organisationId(),
                    id,
                    evidenceDate,
                    evidenceNote,
                    Attachments.upload(evidenceFile),
                    account.getUsername());
            return "redirect:/plans/measures/" + id + "?evidence#evidence";
        } catch (PlanInputRejected rejected) {
            Map<String, String> given =
                    ProblemMessages.given("evidenceDate", evidenceDate, "evidenceNote", evidenceNote);
            return measurePage(account, id, problems.in(rejected.problems(), locale), given, model);
        }
    }

    /** Served as an attachment, never shown inline, with its checked type and nosniff. */
    @GetMapping("/plans/evidence/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        EvidenceFiles.StoredFile file = evidence.file(account.organisationId(), id);
        return Attachments.download(file);
    }

    private String measurePage(
            Account account, UUID id, Map<String, String> errors, Map<String, String> given, Model model) {
        Measure measure = measures.measure(account.organisationId(), id);
        model.addAttribute("measure", measure);
        model.addAttribute("plan", plans.plan(account.organisationId(), measure.planId()));
        model.addAttribute("updates", measures.updates(account.organisationId(), id));
        model.addAttribute("evidence", evidence.of(account.organisationId(), id));
        model.addAttribute("errors", errors);
        model.addAttribute("given", given);
        model.addAttribute("maxMegabytes", EvidenceFiles.MAX_BYTES / (1024 * 1024));
        return "plans/measure";
    }

    private String measureForm(
            UUID planId, UUID measureId, MeasureDraft draft, Map<String, String> errors, Model model) {
        model.addAttribute("planId", planId);
        model.addAttribute("measureId", measureId);
        model.addAttribute("draft", draft);
        model.addAttribute("formValues", draft.fields());
        model.addAttribute("errors", errors);
        return "plans/measure-form";
    }
}
