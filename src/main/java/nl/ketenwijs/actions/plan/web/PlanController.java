package nl.ketenwijs.actions.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ketenwijs.actions.plan.CovenantDate;
import nl.ketenwijs.actions.plan.MeasureTemplates;
import nl.ketenwijs.actions.plan.Plan;
import nl.ketenwijs.actions.plan.PlanDraft;
import nl.ketenwijs.actions.plan.PlanInputRejected;
import nl.ketenwijs.actions.plan.Plans;
import nl.ketenwijs.actions.plan.Review;
import nl.ketenwijs.actions.plan.Reviews;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.riskanalysis.RegisterDecisions.EntryKey;
import nl.ketenwijs.riskanalysis.RegisterEntry;
import nl.ketenwijs.riskanalysis.RegisterListing;
import nl.ketenwijs.riskknowledge.KnowledgeNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A company's plans of approach: the list, a plan with its measures and reviews, and the plan form. Plain
 * forms with a redirect after each post, so it all works without JavaScript. Everyone of the company reads;
 * admins and editors write. The company is always the logged-in account's.
 */
@Controller
@PreAuthorize(ProblemMessages.READERS)
class PlanController {

    /** The register's highest priorities offered in the plan form; a register can hold thousands of entries. */
    static final int RISKS_OFFERED = 40;

    private final Plans plans;
    private final Reviews reviews;
    private final MeasureTemplates templates;
    private final RegisterListing listing;
    private final KnowledgeNames names;
    private final ProblemMessages problems;
    private final CovenantDate date;

    PlanController(
            Plans plans,
            Reviews reviews,
            MeasureTemplates templates,
            RegisterListing listing,
            KnowledgeNames names,
            ProblemMessages problems,
            CovenantDate date) {
        this.plans = plans;
        this.reviews = reviews;
        this.templates = templates;
        this.listing = listing;
        this.names = names;
        this.problems = problems;
        this.date = date;
    }

    @ModelAttribute
    void common(@AuthenticationPrincipal Account account, Locale locale, Model model) {
        model.addAttribute("canEdit", ProblemMessages.mayEdit(account));
        model.addAttribute("names", names.in(locale));
        model.addAttribute("today", date.today());
    }

    @GetMapping("/plans")
    String list(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("plans", plans.all(account.organisationId()));
        return "plans/list";
    }

    /** From a register entry ({@code commodity}, {@code country}, {@code theme}) the entry is chosen already. */
    @GetMapping("/plans/new")
    @PreAuthorize(ProblemMessages.EDITORS)
    String create(
            @AuthenticationPrincipal Account account,
            @RequestParam(required = false) String commodity,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme,
            Model model) {
        List<String> chosen = commodity == null || country == null || theme == null
                ? List.of()
                : List.of(commodity + "/" + country + "/" + theme);
        return planForm(account, null, new PlanDraft(null, null, chosen), Map.of(), model);
    }

    @PostMapping("/plans")
    @PreAuthorize(ProblemMessages.EDITORS)
    String save(
            @AuthenticationPrincipal Account account,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String goal,
            @RequestParam(name = "risk", required = false) List<String> risks,
            Locale locale,
            Model model) {
        PlanDraft draft = new PlanDraft(title, goal, risks);
        try {
            UUID id = plans.create(account.organisationId(), draft, account.getUsername());
            return "redirect:/plans/" + id + "?saved";
        } catch (PlanInputRejected rejected) {
            return planForm(account, null, draft, problems.in(rejected.problems(), locale), model);
        }
    }

    @GetMapping("/plans/{id}")
    String plan(@AuthenticationPrincipal Account account, @PathVariable UUID id, Locale locale, Model model) {
        return planPage(account, id, locale, Map.of(), Map.of(), model);
    }

    @GetMapping("/plans/{id}/edit")
    @PreAuthorize(ProblemMessages.EDITORS)
    String edit(@AuthenticationPrincipal Account account, @PathVariable UUID id, Model model) {
        Plan plan = plans.plan(account.organisationId(), id);
        PlanDraft draft = new PlanDraft(
                plan.title(),
                plan.goal(),
                plan.risks().stream().map(PlanDraft::keyText).toList());
        return planForm(account, id, draft, Map.of(), model);
    }

    @PostMapping("/plans/{id}")
    @PreAuthorize(ProblemMessages.EDITORS)
    String change(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String goal,
            @RequestParam(name = "risk", required = false) List<String> risks,
            Locale locale,
            Model model) {
        plans.requireExists(account.organisationId(), id);
        PlanDraft draft = new PlanDraft(title, goal, risks);
        try {
            plans.change(account.organisationId(), id, draft);
            return "redirect:/plans/" + id + "?saved";
        } catch (PlanInputRejected rejected) {
            return planForm(account, id, draft, problems.in(rejected.problems(), locale), model);
        }
    }

    @PostMapping("/plans/{id}/reviews")
    @PreAuthorize(ProblemMessages.EDITORS)
    String review(
            @AuthenticationPrincipal Account account,
            @PathVariable UUID id,
            @RequestParam(required = false) String reviewDate,
            @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String learned,
            @RequestParam(required = false) String changes,
            Locale locale,
            Model model) {
        plans.requireExists(account.organisationId(), id);
        try {
            reviews.add(account.organisationId(), id, reviewDate, verdict, learned, changes, account.getUsername());
            return "redirect:/plans/" + id + "?reviewed#reviews";
        } catch (PlanInputRejected rejected) {
            Map<String, String> given = ProblemMessages.given(
                    "reviewDate", reviewDate, "verdict", verdict, "learned", learned, "changes", changes);
            return planPage(account, id, locale, problems.in(rejected.problems(), locale), given, model);
        }
    }

    private String planPage(
            Account account,
            UUID id,
            Locale locale,
            Map<String, String> errors,
            Map<String, String> review,
            Model model) {
        Plan plan = plans.plan(account.organisationId(), id);
        model.addAttribute("plan", plan);
        model.addAttribute("reviews", reviews.of(account.organisationId(), id));
        model.addAttribute("templates", templates.in(Language.of(locale).code()));
        model.addAttribute("verdicts", Review.Verdict.values());
        model.addAttribute("errors", errors);
        model.addAttribute("review", review);
        return "plans/plan";
    }

    /** The highest priorities of the register, and whatever the draft chose that is not among them. */
    private String planForm(Account account, UUID id, PlanDraft draft, Map<String, String> errors, Model model) {
        Set<String> chosen = new LinkedHashSet<>(draft.risks());
        List<EntryKey> offered = new ArrayList<>();
        for (RegisterEntry entry : listing.page(
                        account.organisationId(), RegisterListing.Criteria.ALL, 0, RISKS_OFFERED)
                .entries()) {
            offered.add(new EntryKey(entry.commodityCode(), entry.countryIso3(), entry.theme()));
        }
        for (String text : chosen) {
            PlanDraft.parseKey(text).filter(key -> !offered.contains(key)).ifPresent(key -> offered.add(0, key));
        }
        model.addAttribute("planId", id);
        model.addAttribute("draft", draft);
        model.addAttribute("chosen", chosen);
        model.addAttribute("offered", offered);
        model.addAttribute("errors", errors);
        return "plans/plan-form";
    }
}
