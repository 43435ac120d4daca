package nl.ketenwijs.riskanalysis.web;

import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.riskanalysis.ThemeSeverities;
import nl.ketenwijs.riskanalysis.ThemeSeverities.SeverityRefused;
import nl.ketenwijs.riskknowledge.Theme;
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
 * How grave the company weighs each theme: the default with its reasoning, or the company's own choice
 * with its reason, applied to every entry of the theme in its register.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')")
class ThemeSeverityController {

    static final String PAGE = "register/severity";

    private final ThemeSeverities severities;

    ThemeSeverityController(ThemeSeverities severities) {
        this.severities = severities;
    }

    @GetMapping("/register/severity")
    String page(@AuthenticationPrincipal Account account, Model model) {
        return show(account, model);
    }

    @PostMapping("/register/severity")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')")
    String choose(
            @AuthenticationPrincipal Account account,
            @RequestParam String theme,
            @RequestParam(required = false) Integer severity,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        Theme chosen = Theme.byCode(theme).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            severities.choose(account.organisationId(), chosen, severity, reason, account.getUsername());
            return "redirect:/register/severity?saved=" + chosen.code() + "#" + chosen.code();
        } catch (SeverityRefused refused) {
            model.addAttribute("refusedTheme", chosen.code());
            model.addAttribute("refusal", refused.messageKey());
            model.addAttribute("typedReason", reason);
            return show(account, model);
        }
    }

    private String show(Account account, Model model) {
        model.addAttribute("severities", severities.of(account.organisationId()));
        model.addAttribute("canChoose", account.role() == Role.COMPANY_ADMIN || account.role() == Role.COMPANY_EDITOR);
        return PAGE;
    }
}
