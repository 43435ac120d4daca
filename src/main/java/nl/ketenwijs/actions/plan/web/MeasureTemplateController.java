package nl.ketenwijs.actions.plan.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.actions.MeasureType;
import nl.ketenwijs.actions.plan.MeasureTemplates;
import nl.ketenwijs.actions.plan.PlanInputRejected;
import nl.ketenwijs.actions.plan.PlanItemNotFound;
import nl.ketenwijs.organisation.Account;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The secretariat keeps the templates for common measures that companies start measures from. */
@Controller
@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
class MeasureTemplateController {

    private final MeasureTemplates templates;
    private final ProblemMessages problems;

    MeasureTemplateController(MeasureTemplates templates, ProblemMessages problems) {
        this.templates = templates;
        this.problems = problems;
    }

    @ModelAttribute("types")
    MeasureType[] types() {
        return MeasureType.values();
    }

    @GetMapping("/measure-templates")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "plans/templates";
    }

    @GetMapping("/measure-templates/new")
    String create(Model model) {
        return form(
                null,
                new MeasureTemplates.Draft(null, "nl", MeasureType.PREVENT.name(), null, null, null, null),
                Map.of(),
                model);
    }

    @PostMapping("/measure-templates")
    String add(
            @AuthenticationPrincipal Account account,
            @ModelAttribute("templateFields") MeasureTemplates.Draft draft,
            Locale locale,
            Model model) {
        try {
            templates.add(draft, account.getUsername());
            return "redirect:/measure-templates?saved";
        } catch (PlanInputRejected rejected) {
            return form(null, draft, problems.in(rejected.problems(), locale), model);
        }
    }

    @GetMapping("/measure-templates/{id}")
    String edit(@PathVariable UUID id, Model model) {
        MeasureTemplates.Draft draft =
                templates.template(id).map(MeasureTemplates.Draft::of).orElseThrow(PlanItemNotFound::new);
        return form(id, draft, Map.of(), model);
    }

    @PostMapping("/measure-templates/{id}")
    String change(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @ModelAttribute("templateFields") MeasureTemplates.Draft draft,
            Locale locale,
            Model model) {
        templates.template(id).orElseThrow(PlanItemNotFound::new);
        try {
            templates.change(id, draft, account.getUsername());
            return "redirect:/measure-templates?saved";
        } catch (PlanInputRejected rejected) {
            return form(id, draft, problems.in(rejected.problems(), locale), model);
        }
    }

    private String form(UUID id, MeasureTemplates.Draft draft, Map<String, String> errors, Model model) {
        model.addAttribute("templateId", id);
        model.addAttribute("draft", draft);
        model.addAttribute(
                "formValues",
                ProblemMessages.given(
                        "title",
                        draft.title(),
                        "indicatorName",
                        draft.indicatorName(),
                        "indicatorUnit",
                        draft.indicatorUnit()));
        model.addAttribute("errors", errors);
        return "plans/template-form";
    }
}
