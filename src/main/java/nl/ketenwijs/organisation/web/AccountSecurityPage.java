package nl.ketenwijs.organisation.web;

import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.ApiTokens;
import nl.ketenwijs.organisation.OrganisationPolicy;
import nl.ketenwijs.organisation.SecondFactors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the account security page, which both its controllers show again after a form they handle. */
@Component
class AccountSecurityPage {

    static final String VIEW = "account/security";
    static final String PATH = "/account/security";

    private final SecondFactors secondFactors;
    private final ApiTokens tokens;

    AccountSecurityPage(SecondFactors secondFactors, ApiTokens tokens) {
        this.secondFactors = secondFactors;
        this.tokens = tokens;
    }

    String show(Account account, Model model) {
        model.addAttribute("status", secondFactors.statusOf(account.key()));
        model.addAttribute("tokens", tokens.listFor(account));
        model.addAttribute("lifetimes", ApiTokens.LIFETIMES_IN_DAYS);
        model.addAttribute("managesOrganisation", OrganisationPolicy.mayManage(account));
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", TokenForm.empty());
        }
        return VIEW;
    }
}
