package nl.ketenwijs.grievance.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
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
    private static final FormIntake.Views VIEWS = new FormIntake.Views(FORM, RECEIPT, "portal/received-earlier");

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
        return intake.answer(intake.take(typed, locale, null), VIEWS, model, locale, response);
    }
}
