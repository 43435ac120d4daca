package nl.ketenwijs.grievance.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.ChildrenInvolved;
import nl.ketenwijs.grievance.cases.Complaint;
import nl.ketenwijs.grievance.cases.ComplaintTheme;
import nl.ketenwijs.grievance.cases.ContactChannel;
import nl.ketenwijs.grievance.cases.Gender;
import nl.ketenwijs.grievance.files.CleanFile;
import nl.ketenwijs.grievance.files.FileCleaning;
import nl.ketenwijs.grievance.intake.Sent;
import nl.ketenwijs.grievance.intake.Submissions;
import nl.ketenwijs.grievance.intake.Submitted;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.grievance.photos.PhotoCleaning;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * A posted complaint form, from the public portal or from a partner organisation filing for someone: checked,
 * its files cleaned, and filed; or given back with what was typed and the reasons.
 */
@Component
class FormIntake {

    static final String FORM_NAME = "complaintForm";

    private final ComplaintFormCheck check;
    private final PhotoUploads photoUploads;
    private final FileUploads fileUploads;
    private final Submissions submissions;
    private final CountryChoices countries;
    private final PartnerChoices partners;

    FormIntake(
            ComplaintFormCheck check,
            PhotoUploads photoUploads,
            FileUploads fileUploads,
            Submissions submissions,
            CountryChoices countries,
            PartnerChoices partners) {
        this.check = check;
        this.photoUploads = photoUploads;
        this.fileUploads = fileUploads;
        this.submissions = submissions;
        this.countries = countries;
        this.partners = partners;
    }

    /** Filed, or the form to show again with its errors. */
    sealed interface Outcome {

        record Filed(Submitted submitted) implements Outcome {}

        record Refused(ComplaintForm form, BindingResult errors) implements Outcome {}
    }

    Outcome take(ComplaintForm typed, Locale locale, UUID assistedBy) {
        ComplaintForm form = typed.withUnreadableMarked();
        BindingResult errors = new BeanPropertyBindingResult(form, FORM_NAME);
        Optional<Complaint> complaint = check.check(form, errors, locale);
        List<Sent<CleanPhoto>> photos = photoUploads.clean(form.photos(), errors);
        List<Sent<CleanFile>> files = fileUploads.clean(form.documents(), form.voiceNotes(), errors);
        UUID formKey = formKey(form);
        if (formKey == null) {
            // A form without its key was not made by this page: keep what was typed, give it a key, ask again.
            form = form.withNewKey();
            errors = new BeanPropertyBindingResult(form, FORM_NAME);
            errors.reject("portal.error.sendAgain");
        }
        if (errors.hasErrors()) {
            if (form.hasFiles()) {
                errors.reject("portal.error.filesAgain");
            }
            return new Outcome.Refused(form, errors);
        }
        return new Outcome.Filed(submissions.submit(
                formKey, complaint.orElseThrow(), new Submissions.Enclosed(photos, files), assistedBy));
    }

    /** The form's choices and limits, for the public form and the partner's form alike. */
    void addChoices(Model model, Locale locale) {
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
        model.addAttribute("mostFiles", FileCleaning.MOST_FILES);
        model.addAttribute("largestFileMegabytes", FileCleaning.LARGEST_FILE_BYTES / 1024 / 1024);
        model.addAttribute("largestTotalMegabytes", FileCleaning.LARGEST_TOTAL_BYTES / 1024 / 1024);
    }

    static void refused(Model model, Outcome.Refused refused) {
        model.addAttribute(FORM_NAME, refused.form());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM_NAME, refused.errors());
    }

    private static UUID formKey(ComplaintForm form) {
        try {
            return UUID.fromString(form.formKey());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
