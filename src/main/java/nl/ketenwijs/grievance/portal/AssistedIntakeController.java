package nl.ketenwijs.grievance.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.ketenwijs.grievance.intake.Submitted;
import nl.ketenwijs.organisation.Account;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Assisted intake: a member of a partner organisation (an NGO or union of the covenant) files a complaint on
 * someone's behalf with the portal's questions, and hands the person the receipt. The case records that it
 * was filed with assistance and by which organisation, never by which of its members.
 */
@Controller
@RequestMapping("/partner/complaints")
@PreAuthorize("hasRole('PARTNER_MEMBER')")
class AssistedIntakeController {

    static final String FORM = "partner/complaint";
    static final String RECEIPT = "partner/receipt";
    static final String RECEIVED_EARLIER = "partner/received-earlier";

    private final FormIntake intake;

    AssistedIntakeController(FormIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal Account account, Model model, Locale locale) {
        model.addAttribute(FormIntake.FORM_NAME, ComplaintForm.blankThrough(account.organisationId()));
        intake.addChoices(model, locale);
        return FORM;
    }

    @PostMapping("/new")
    String submit(
            @AuthenticationPrincipal Account account,
            @ModelAttribute ComplaintForm typed,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        FormIntake.Outcome outcome = intake.take(typed, locale, account.organisationId());
        if (outcome instanceof FormIntake.Outcome.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FormIntake.refused(model, refused);
            intake.addChoices(model, locale);
            return FORM;
        }
        Submitted submitted = ((FormIntake.Outcome.Filed) outcome).submitted();
        if (submitted instanceof Submitted.Received received) {
            model.addAttribute("receipt", received.receipt().grouped());
            return RECEIPT;
        }
        return RECEIVED_EARLIER;
    }
}
