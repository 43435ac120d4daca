package nl.ketenwijs.grievance.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ChildrenInvolved;
import nl.ketenwijs.grievance.cases.Complaint;
import nl.ketenwijs.grievance.cases.ComplaintTheme;
import nl.ketenwijs.grievance.cases.ContactChannel;
import nl.ketenwijs.grievance.cases.Gender;
import nl.ketenwijs.grievance.intake.Submissions;
import nl.ketenwijs.grievance.intake.Submitted;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.grievance.photos.PhotoCleaning;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
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
    private static final String FORM_NAME = "complaintForm";

    private final ComplaintFormCheck check;
    private final Submissions submissions;
    private final CountryChoices countries;
    private final PartnerChoices partners;
    private final PhotoUploads photoUploads;

    ComplaintController(
            ComplaintFormCheck check,
            Submissions submissions,
            CountryChoices countries,
            PartnerChoices partners,
            PhotoUploads photoUploads) {
        this.check = check;
        this.photoUploads = photoUploads;
        this.submissions = submissions;
        this.countries = countries;
        this.partners = partners;
    }

    @GetMapping("/new")
    String form(Model model, Locale locale) {
        model.addAttribute(FORM_NAME, ComplaintForm.blank());
        return showForm(model, locale);
    }

    @PostMapping("/new")
    String submit(@ModelAttribute ComplaintForm typed, Model model, Locale locale, HttpServletResponse response) {
        ComplaintForm form = typed.withUnreadableMarked();
        BindingResult errors = new BeanPropertyBindingResult(form, FORM_NAME);
        Optional<Complaint> complaint = check.check(form, errors, locale);
        List<CleanPhoto> photos = photoUploads.clean(form.photos(), errors);
        UUID formKey = formKey(form);
        if (formKey == null) {
            // A form without its key was not made by this page: keep what was typed, give it a key, ask again.
            form = form.withNewKey();
            errors = new BeanPropertyBindingResult(form, FORM_NAME);
            errors.reject("portal.error.sendAgain");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(FORM_NAME, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME, errors);
            return showForm(model, locale);
        }
        Submitted submitted = submissions.submit(formKey, complaint.orElseThrow(), photos);
        if (submitted instanceof Submitted.Received received) {
            model.addAttribute("receipt", received.receipt().grouped());
            return RECEIPT;
        }
        return RECEIVED_EARLIER;
    }

    private String showForm(Model model, Locale locale) {
        model.addAttribute("countries", countries.in(locale));
        model.addAttribute("themes", ComplaintTheme.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("childrenChoices", ChildrenInvolved.values());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("partners", partners.all());
        model.addAttribute("longText", ComplaintFormCheck.LONG_TEXT);
        model.addAttribute("mediumText", ComplaintFormCheck.MEDIUM_TEXT);
        model.addAttribute("shortText", ComplaintFormCheck.SHORT_TEXT);
        model.addAttribute("mostPhotos", PhotoCleaning.MOST_PHOTOS);
        model.addAttribute("largestPhotoMegabytes", PhotoCleaning.LARGEST_PHOTO_BYTES / 1024 / 1024);
        return FORM;
    }

    private static UUID formKey(ComplaintForm form) {
        try {
            return UUID.fromString(form.formKey());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
