package nl.ketenwijs.riskknowledge.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.GenderAspect;
import nl.ketenwijs.riskknowledge.Level;
import nl.ketenwijs.riskknowledge.Match;
import nl.ketenwijs.riskknowledge.Theme;
import nl.ketenwijs.riskknowledge.expert.ExpertAssessments;
import nl.ketenwijs.riskknowledge.expert.ExpertKey;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The secretariat's pages for the expert entries: the list with the gaps per theme, the form to add or
 * change an entry, an entry with its history, and withdrawing it. Only the secretariat admin edits the
 * knowledge base; the monitoring reviewer may read the entries and their history.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
class ExpertAssessmentController {

    static final String LIST = "expert/list";
    static final String FORM = "expert/form";
    static final String DETAIL = "expert/detail";
    static final String FORM_OBJECT = "expertForm";
    private static final String BASE = "/knowledge/expert-assessments";
    private static final String READERS = "hasAnyRole('SECRETARIAT_ADMIN', 'MONITORING_REVIEWER')";

    private final ExpertAssessments assessments;
    private final Commodities commodities;
    private final Countries countries;

    ExpertAssessmentController(ExpertAssessments assessments, Commodities commodities, Countries countries) {
        this.assessments = assessments;
        this.commodities = commodities;
        this.countries = countries;
    }

    @GetMapping(BASE)
    @PreAuthorize(READERS)
    String list(
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String commodity,
            @RequestParam(required = false) String q,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("canEdit", canEdit(request));
        Theme chosenTheme = theme == null ? null : Theme.byCode(theme).orElse(null);
        String chosenCommodity = commodity == null || commodity.isBlank() ? null : commodity;
        model.addAttribute(
                "entries", assessments.search(new ExpertAssessments.Filter(chosenTheme, chosenCommodity, q)));
        model.addAttribute("counts", assessments.counts());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("commodities", commodities.all());
        model.addAttribute("theme", chosenTheme == null ? null : chosenTheme.code());
        model.addAttribute("commodity", chosenCommodity);
        model.addAttribute("q", q);
        return LIST;
    }

    /** Empty, or the entry named by the parameters to change it. */
    @GetMapping(BASE + "/new")
    String form(
            @RequestParam(required = false) String commodity,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String country,
            Locale locale,
            Model model) {
        ExpertAssessmentForm form = commodity == null || theme == null
                ? ExpertAssessmentForm.empty()
                : assessments
                        .entry(new ExpertKey(commodity, theme, blankToNull(country)))
                        .map(entry -> ExpertAssessmentForm.of(entry, "en".equals(locale.getLanguage())))
                        .orElse(ExpertAssessmentForm.empty());
        model.addAttribute(FORM_OBJECT, form);
        return form(model);
    }

    @PostMapping(BASE)
    String save(
            @Valid @ModelAttribute(FORM_OBJECT) ExpertAssessmentForm form,
            BindingResult errors,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Optional<Commodity> commodity = matched(form.commodity(), commodities::match, "commodity", errors, locale);
        boolean everyOrigin = form.country() == null || form.country().isBlank();
        Optional<Country> country =
                everyOrigin ? Optional.empty() : matched(form.country(), countries::match, "country", errors, locale);
        if (form.theme() != null
                && !form.theme().isBlank()
                && Theme.byCode(form.theme()).isEmpty()) {
            errors.rejectValue("theme", "expert.theme.required");
        }
        if (form.level() == Level.UNKNOWN) {
            errors.rejectValue("level", "expert.level.required");
        }
        form.unknownGenderAspects()
                .forEach(code ->
                        errors.rejectValue("genderAspects", "expert.genderAspects.unknown", new Object[] {code}, null));
        if (errors.hasErrors()) {
            return form(model);
        }
        ExpertKey key = new ExpertKey(
                commodity.orElseThrow().code(),
                form.theme(),
                country.map(Country::iso3).orElse(null));
        boolean changed = assessments.save(key, form.content(), principal.getName());
        redirect.addFlashAttribute("saved", changed);
        return "redirect:" + detailPath(key);
    }

    @GetMapping(BASE + "/{commodity}/{theme}")
    @PreAuthorize(READERS)
    String detail(
            @PathVariable String commodity,
            @PathVariable String theme,
            @RequestParam(required = false) String country,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("canEdit", canEdit(request));
        ExpertKey key = key(commodity, theme, country);
        ExpertAssessments.Entry entry = assessments.entry(key).orElseThrow(ExpertAssessmentController::notFound);
        model.addAttribute("entry", entry);
        model.addAttribute("history", assessments.history(key));
        model.addAttribute("editPath", editPath(key));
        model.addAttribute("withdrawPath", detailPath(key, "/withdraw"));
        return DETAIL;
    }

    @PostMapping(BASE + "/{commodity}/{theme}/withdraw")
    String withdraw(
            @PathVariable String commodity,
            @PathVariable String theme,
            @RequestParam(required = false) String country,
            Principal principal,
            RedirectAttributes redirect) {
        ExpertKey key = key(commodity, theme, country);
        assessments.entry(key).orElseThrow(ExpertAssessmentController::notFound);
        redirect.addFlashAttribute("withdrawn", assessments.withdraw(key, principal.getName()));
        return "redirect:" + detailPath(key);
    }

    private static boolean canEdit(HttpServletRequest request) {
        return request.isUserInRole("SECRETARIAT_ADMIN");
    }

    private String form(Model model) {
        model.addAttribute("themes", Theme.values());
        model.addAttribute("levels", List.of(Level.LOW, Level.MEDIUM, Level.HIGH, Level.VERY_HIGH));
        model.addAttribute("genderAspects", GenderAspect.values());
        model.addAttribute("commodityNames", commodities.all());
        return FORM;
    }

    /** A name that matches nothing is an error on its field, with the nearest names to try. */
    private static <T> Optional<T> matched(
            String input,
            java.util.function.Function<String, Match<T>> match,
            String field,
            BindingResult errors,
            Locale locale) {
        if (input == null || input.isBlank() || errors.hasFieldErrors(field)) {
            return Optional.empty();
        }
        Match<T> found = match.apply(input);
        if (found.isFound()) {
            return found.found();
        }
        String suggestions = found.suggestions().stream()
                .map(item -> item instanceof Commodity c ? c.name(locale) : ((Country) item).name(locale))
                .collect(Collectors.joining(", "));
        errors.rejectValue(field, "expert." + field + ".notMatched", new Object[] {input, suggestions}, null);
        return Optional.empty();
    }

    /** Unknown raw material, theme or country: as if the page did not exist. */
    private ExpertKey key(String commodity, String theme, String country) {
        if (Theme.byCode(theme).isEmpty()
                || commodities.all().stream().noneMatch(c -> c.code().equals(commodity))) {
            throw notFound();
        }
        return new ExpertKey(commodity, theme, blankToNull(country));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static String detailPath(ExpertKey key) {
        return detailPath(key, "");
    }

    private static String detailPath(ExpertKey key, String suffix) {
        return UriComponentsBuilder.fromPath(BASE + "/{commodity}/{theme}" + suffix)
                .queryParamIfPresent("country", Optional.ofNullable(key.iso3()))
                .buildAndExpand(key.commodityCode(), key.themeCode())
                .encode()
                .toUriString();
    }

    private static String editPath(ExpertKey key) {
        return UriComponentsBuilder.fromPath(BASE + "/new")
                .queryParam("commodity", key.commodityCode())
                .queryParam("theme", key.themeCode())
                .queryParamIfPresent("country", Optional.ofNullable(key.iso3()))
                .build()
                .encode()
                .toUriString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
