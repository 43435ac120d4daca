package nl.ketenwijs.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ketenwijs.organisation.CodeCheck;
import nl.ketenwijs.organisation.SecondFactors;
import nl.ketenwijs.organisation.SecondFactors.EnrolmentOutcome;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second login step: a code from the authenticator app or a recovery code, or, for people whose role
 * or organisation requires a second factor they lack, setting one up. The security configuration lets
 * only a pending login reach these pages, each only the step it owes.
 */
@Controller
class SecondFactorController {

    static final String CODE_VIEW = "totp/code";
    static final String ENROL_VIEW = "totp/enrol";
    static final String RECOVERY_CODES_VIEW = "totp/recovery-codes";

    private final SecondFactors secondFactors;
    private final LoginCompletion completion;

    SecondFactorController(SecondFactors secondFactors, LoginCompletion completion) {
        this.secondFactors = secondFactors;
        this.completion = completion;
    }

    @GetMapping(PendingSecondFactor.CODE_STEP)
    String codeForm() {
        return CODE_VIEW;
    }

    @PostMapping(path = PendingSecondFactor.CODE_STEP, params = "code")
    String code(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending();
        return finish(secondFactors.checkCode(pending.key(), code.strip()), "code", pending, request, response, model);
    }

    @PostMapping(path = PendingSecondFactor.CODE_STEP, params = "recoveryCode")
    String recoveryCode(
            @RequestParam String recoveryCode, HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending();
        CodeCheck check = secondFactors.checkRecoveryCode(pending.key(), recoveryCode);
        return finish(check, "recoveryCode", pending, request, response, model);
    }

    @GetMapping(PendingSecondFactor.ENROL_STEP)
    String enrolForm(Model model) {
        model.addAttribute("enrolment", secondFactors.beginEnrolment(pending().key()));
        model.addAttribute("enrolAction", PendingSecondFactor.ENROL_STEP);
        model.addAttribute("mandatory", true);
        return ENROL_VIEW;
    }

    @PostMapping(PendingSecondFactor.ENROL_STEP)
    String enrol(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending();
        EnrolmentOutcome outcome = secondFactors.confirmEnrolment(pending.key(), code.strip());
        if (outcome.check() != CodeCheck.ACCEPTED) {
            model.addAttribute("codeError", outcome.check());
            return enrolForm(model);
        }
        completion.complete(pending, request, response);
        model.addAttribute("recoveryCodes", outcome.recoveryCodes());
        return RECOVERY_CODES_VIEW;
    }

    private String finish(
            CodeCheck check,
            String field,
            PendingSecondFactor pending,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (check != CodeCheck.ACCEPTED) {
            model.addAttribute(field + "Error", check);
            return CODE_VIEW;
        }
        completion.complete(pending, request, response);
        return "redirect:" + completion.onward(request, response);
    }

    /** The security configuration routes only pending logins here. */
    private static PendingSecondFactor pending() {
        return (PendingSecondFactor) SecurityContextHolder.getContext().getAuthentication();
    }
}
