package nl.ketenwijs.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.ketenwijs.organisation.LinkNotValid;
import nl.ketenwijs.organisation.password.PasswordPolicy;
import nl.ketenwijs.organisation.password.PasswordRejected;
import nl.ketenwijs.organisation.password.PasswordReset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Forgot password" (public). The request always gets the same answer, whether or not the address has an
 * account, so the form cannot be used to find out who has one.
 */
@Controller
class PasswordResetController {

    static final String FORGOT = "password/forgot";
    static final String RESET = "password/reset";
    static final String FORM = "passwordForm";

    private final PasswordReset reset;
    private final PasswordPolicy policy;

    PasswordResetController(PasswordReset reset, PasswordPolicy policy) {
        this.reset = reset;
        this.policy = policy;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("forgotPasswordForm", new ForgotPasswordForm(null));
        return FORGOT;
    }

    @PostMapping("/password/forgot")
    String request(@Valid @ModelAttribute ForgotPasswordForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return FORGOT;
        }
        reset.request(form.email());
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!reset.isOpen(token)) {
            return LinkPages.invalid(response);
        }
        model.addAttribute(FORM, PasswordForm.named(null));
        model.addAttribute("token", token);
        return RESET;
    }

    @PostMapping("/password/reset/{token}")
    String reset(
            @PathVariable String token,
            @ModelAttribute(FORM) PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (!reset.isOpen(token)) {
            return LinkPages.invalid(response);
        }
        model.addAttribute("token", token);
        // The e-mail check happens in the service, which knows the account; here length and list.
        form.check(policy, null, errors);
        if (errors.hasErrors()) {
            return RESET;
        }
        try {
            reset.reset(token, form.password());
            return "redirect:/login?reset";
        } catch (PasswordRejected e) {
            errors.rejectValue("password", e.problem().messageKey());
            return RESET;
        } catch (LinkNotValid e) {
            return LinkPages.invalid(response);
        }
    }
}
