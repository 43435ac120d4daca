package nl.ketenwijs.organisation.web;

import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.CodeCheck;
import nl.ketenwijs.organisation.OrganisationPolicy;
import nl.ketenwijs.organisation.SecondFactors;
import nl.ketenwijs.organisation.SecondFactors.EnrolmentOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's own second factor and recovery codes, and an admin's rule for their whole organisation. */
@Controller
class AccountSecurityController {

    private static final String ENROL_PATH = AccountSecurityPage.PATH + "/totp";
    private static final String ENROL_VIEW = "totp/enrol";
    private static final String RECOVERY_CODES_VIEW = "totp/recovery-codes";

    private final AccountSecurityPage page;
    private final SecondFactors secondFactors;
    private final OrganisationPolicy policy;

    AccountSecurityController(AccountSecurityPage page, SecondFactors secondFactors, OrganisationPolicy policy) {
        this.page = page;
        this.secondFactors = secondFactors;
        this.policy = policy;
    }

    @GetMapping(AccountSecurityPage.PATH)
    String show(@AuthenticationPrincipal Account account, Model model) {
        return page.show(account, model);
    }

    @GetMapping(ENROL_PATH)
    String enrolForm(@AuthenticationPrincipal Account account, Model model) {
        if (secondFactors.statusOf(account.key()).enrolled()) {
            return "redirect:" + AccountSecurityPage.PATH;
        }
        model.addAttribute("enrolment", secondFactors.beginEnrolment(account.key()));
        model.addAttribute("enrolAction", ENROL_PATH);
        return ENROL_VIEW;
    }

    @PostMapping(ENROL_PATH)
    String enrol(@AuthenticationPrincipal Account account, @RequestParam String code, Model model) {
        EnrolmentOutcome outcome = secondFactors.confirmEnrolment(account.key(), code.strip());
        if (outcome.check() != CodeCheck.ACCEPTED) {
            model.addAttribute("codeError", outcome.check());
            return enrolForm(account, model);
        }
        model.addAttribute("recoveryCodes", outcome.recoveryCodes());
        return RECOVERY_CODES_VIEW;
    }

    @PostMapping(AccountSecurityPage.PATH + "/recovery-codes")
    String regenerateRecoveryCodes(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("recoveryCodes", secondFactors.regenerateRecoveryCodes(account.key()));
        return RECOVERY_CODES_VIEW;
    }

    @PostMapping(AccountSecurityPage.PATH + "/totp/disable")
    String disable(@AuthenticationPrincipal Account account) {
        boolean disabled = secondFactors.disable(account.key());
        return "redirect:" + AccountSecurityPage.PATH + (disabled ? "?disabled" : "?required");
    }

    /** The security configuration lets only organisation admins post here. */
    @PostMapping(AccountSecurityPage.PATH + "/organisation")
    String requireForOrganisation(
            @AuthenticationPrincipal Account account, @RequestParam(defaultValue = "false") boolean requireTotp) {
        policy.requireSecondFactor(account, requireTotp);
        return "redirect:" + AccountSecurityPage.PATH + "?saved";
    }
}
