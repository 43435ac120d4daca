package nl.ketenwijs.grievance.routing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.supplychain.ChainLookup;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The complaint handler's routing of one case, beside the case page of case handling. */
@Controller
@RequestMapping("/complaints/{id}/routing")
@PreAuthorize("hasRole('COMPLAINT_HANDLER')")
class RoutingController {

    static final int LONGEST_FIELD = 5_000;

    /** The fields of the copy as the form posts them; nothing else of a request is read. */
    record ForwardForm(
            String region, String since, String whatHappened, String wish, Boolean withIdentity, List<Integer> photos) {

        ForwardDraft draft() {
            return new ForwardDraft(region, since, whatHappened, wish, Boolean.TRUE.equals(withIdentity), photos);
        }

        boolean tooLong() {
            return List.of(nonNull(region), nonNull(since), nonNull(whatHappened), nonNull(wish)).stream()
                    .anyMatch(text -> text.length() > LONGEST_FIELD);
        }

        private static String nonNull(String value) {
            return value == null ? "" : value;
        }
    }

    private final CaseRouting routing;
    private final Forwarding forwarding;
    private final ChainLookup chains;

    RoutingController(CaseRouting routing, Forwarding forwarding, ChainLookup chains) {
        this.routing = routing;
        this.forwarding = forwarding;
        this.chains = chains;
    }

    @GetMapping
    String page(@PathVariable UUID id, @AuthenticationPrincipal Account account, Locale locale, Model model) {
        RoutingPage page = routing.page(id, handler(account)).orElseThrow(RoutingController::notFound);
        model.addAttribute("page", page);
        model.addAttribute("commodities", chains.commodities(locale));
        model.addAttribute("countries", chains.countries(locale));
        model.addAttribute(
                "countryOfCase",
                page.criteria().countryIso3() != null
                        ? page.criteria().countryIso3()
                        : chains.iso3(page.facts().country()).orElse(null));
        return "complaints/routing";
    }

    @PostMapping("/criteria")
    String criteria(
            @PathVariable UUID id,
            @RequestParam(required = false) String commodity,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String supplier,
            @AuthenticationPrincipal Account account) {
        RoutingCriteria criteria = new RoutingCriteria(
                known(
                        commodity,
                        chains.commodities(Locale.ENGLISH).stream()
                                .map(ChainLookup.CommodityChoice::code)
                                .toList()),
                known(
                        country,
                        chains.countries(Locale.ENGLISH).stream()
                                .map(ChainLookup.CountryChoice::iso3)
                                .toList()),
                supplier == null || supplier.length() > 200 ? null : supplier);
        if (!routing.saveCriteria(id, criteria, handler(account))) {
            throw notFound();
        }
        return redirect(id, "?proposed");
    }

    @PostMapping("/companies")
    String link(@PathVariable UUID id, @RequestParam UUID organisationId, @AuthenticationPrincipal Account account) {
        if (!routing.link(id, organisationId, handler(account))) {
            throw notFound();
        }
        return redirect(id, "?linked");
    }

    @PostMapping("/companies/{organisationId}/unlink")
    String unlink(@PathVariable UUID id, @PathVariable UUID organisationId, @AuthenticationPrincipal Account account) {
        if (!routing.unlink(id, organisationId, handler(account))) {
            throw notFound();
        }
        return redirect(id, "?unlinked");
    }

    @PostMapping("/consent")
    String consent(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean given,
            @RequestParam(required = false) String note,
            @AuthenticationPrincipal Account account) {
        if (note == null || note.isBlank() || note.length() > 1_000) {
            return redirect(id, "?noteNeeded");
        }
        if (!routing.recordConsent(id, given, note.strip(), handler(account))) {
            throw notFound();
        }
        return redirect(id, "?consent");
    }

    @GetMapping("/companies/{organisationId}/forward")
    String prepare(
            @PathVariable UUID id,
            @PathVariable UUID organisationId,
            @AuthenticationPrincipal Account account,
            Model model) {
        Forwarding.Prepared prepared =
                forwarding.prepare(id, organisationId, handler(account)).orElseThrow(RoutingController::notFound);
        model.addAttribute("prepared", prepared);
        model.addAttribute("caseId", id);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("longest", LONGEST_FIELD);
        return "complaints/routing-forward";
    }

    @PostMapping("/companies/{organisationId}/forward")
    String forward(
            @PathVariable UUID id,
            @PathVariable UUID organisationId,
            @ModelAttribute ForwardForm form,
            @AuthenticationPrincipal Account account) {
        if (form.tooLong()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "A field is too long");
        }
        if (!forwarding.forward(id, organisationId, form.draft(), handler(account))) {
            throw notFound();
        }
        return redirect(id, "?forwarded");
    }

    @PostMapping("/companies/{organisationId}/substantiated")
    String substantiated(
            @PathVariable UUID id, @PathVariable UUID organisationId, @AuthenticationPrincipal Account account) {
        if (!routing.markSubstantiated(id, organisationId, handler(account))) {
            throw notFound();
        }
        return redirect(id, "?substantiated");
    }

    private static String known(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static Handler handler(Account account) {
        return new Handler(account.userId(), account.organisationId());
    }

    private static String redirect(UUID id, String query) {
        return "redirect:/complaints/" + id + "/routing" + query;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such case or company");
    }
}
