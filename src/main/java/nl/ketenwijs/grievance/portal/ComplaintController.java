package nl.ketenwijs.grievance.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.ketenwijs.grievance.intake.Submitted;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The complaint form and its receipt. The receipt is the answer to the post itself, never a redirect to a
 * page that would need the receipt in its address or in the session; a reload posts the same form again
 * and, by its key, shows the same receipt.
 */
@Controller
@RequestMapping({PortalPaths.DUTCH, PortalPaths.ENGLISH})
class ComplaintController {

    static final String FORM = "portal/form";
    static final String RECEIPT = "portal/receipt";
    static final String RECEIVED_EARLIER = "portal/received-earlier";

    private final FormIntake intake;

    ComplaintController(FormIntake intake) {
        this.intake = intake;
    }

    @GetMapping("/new")
    String form(Model model, Locale locale) {
        model.addAttribute(FormIntake.FORM_NAME, ComplaintForm.blank());
        intake.addChoices(model, locale);
        return FORM;
    }

    @PostMapping("/new")
    String submit(@ModelAttribute ComplaintForm typed, Model model, Locale locale, HttpServletResponse response) {
        FormIntake.Outcome outcome = intake.take(typed, locale, null);
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
