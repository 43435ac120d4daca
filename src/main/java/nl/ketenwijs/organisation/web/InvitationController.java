package nl.ketenwijs.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.ketenwijs.organisation.LinkNotValid;
import nl.ketenwijs.organisation.invitation.Invitations;
import nl.ketenwijs.organisation.invitation.OpenInvitation;
import nl.ketenwijs.organisation.password.PasswordPolicy;
import nl.ketenwijs.organisation.password.PasswordRejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The page behind an invitation link (public): the invitee chooses a name and a password. */
@Controller
class InvitationController {

    static final String VIEW = "invitation/accept";
    static final String FORM = "passwordForm";

    private final Invitations invitations;
    private final PasswordPolicy policy;

    InvitationController(Invitations invitations, PasswordPolicy policy) {
        this.invitations = invitations;
        this.policy = policy;
    }

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return invitations
                .findOpen(token)
                .map(invitation -> {
                    model.addAttribute(FORM, PasswordForm.named(invitation.displayName()));
                    model.addAttribute("invitation", invitation);
                    model.addAttribute("token", token);
                    return VIEW;
                })
                .orElseGet(() -> LinkPages.invalid(response));
    }

    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token,
            @ModelAttribute(FORM) PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        OpenInvitation invitation = invitations.findOpen(token).orElse(null);
        if (invitation == null) {
            return LinkPages.invalid(response);
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        form.checkDisplayName(errors);
        form.check(policy, invitation.email(), errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            invitations.accept(token, form.displayName(), form.password());
            return "redirect:/login?welcome";
        } catch (PasswordRejected e) {
            errors.rejectValue("password", e.problem().messageKey());
            return VIEW;
        } catch (LinkNotValid e) {
            return LinkPages.invalid(response);
        }
    }
}
