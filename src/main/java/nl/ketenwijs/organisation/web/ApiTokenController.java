package nl.ketenwijs.organisation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** Personal API tokens on the account security page: create one (its value shown once) or revoke one. */
@Controller
class ApiTokenController {

    private static final String TOKENS = AccountSecurityPage.PATH + "/tokens";

    private final AccountSecurityPage page;
    private final ApiTokens tokens;

    ApiTokenController(AccountSecurityPage page, ApiTokens tokens) {
        this.page = page;
        this.tokens = tokens;
    }

    /** Answered with the page itself, not a redirect, so the value never waits in the session. */
    @PostMapping(TOKENS)
    String create(
            @AuthenticationPrincipal Account account,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Model model) {
        if (form.days() != null && !ApiTokens.LIFETIMES_IN_DAYS.contains(form.days())) {
            errors.rejectValue("days", "token.days.invalid");
        }
        if (!errors.hasErrors()) {
            model.addAttribute("newToken", tokens.issue(account, form.name(), form.days()));
            model.addAttribute("tokenForm", TokenForm.empty());
        }
        return page.show(account, model);
    }

    @PostMapping(TOKENS + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal Account account, @PathVariable UUID id) {
        if (!tokens.revoke(account, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + AccountSecurityPage.PATH + "?revoked";
    }
}
