package nl.ketenwijs.organisation.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.invitation.EmailTaken;
import nl.ketenwijs.organisation.invitation.RoleDoesNotFit;
import nl.ketenwijs.organisation.registry.OrganisationDirectory;
import nl.ketenwijs.organisation.registry.OrganisationNameTaken;
import nl.ketenwijs.organisation.registry.OrganisationRegistration;
import nl.ketenwijs.organisation.registry.SizeClass;
import nl.ketenwijs.organisation.registry.UnknownBranch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat admin's overview of all organisations, and the form to register one with its admin. */
@Controller
@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
class OrganisationsController {

    static final String LIST = "organisations/list";
    static final String NEW = "organisations/new";
    static final String FORM = "organisationForm";

    private final OrganisationDirectory directory;
    private final OrganisationRegistration registration;

    OrganisationsController(OrganisationDirectory directory, OrganisationRegistration registration) {
        this.directory = directory;
        this.registration = registration;
    }

    /**
     * The list, filtered by name and kind. A plain GET form works without JavaScript; htmx asks for the
     * same URL while typing and gets only the results to swap in.
     */
    @GetMapping("/organisations")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("organisations", directory.search(q, kind));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", OrganisationKind.values());
        return htmx == null ? LIST : LIST + " :: results";
    }

    @GetMapping("/organisations/new")
    String newOrganisation(Locale locale, Model model) {
        model.addAttribute(FORM, OrganisationForm.empty(Language.of(locale)));
        return form(model);
    }

    @PostMapping("/organisations")
    String register(
            @AuthenticationPrincipal Account actor,
            @Valid @ModelAttribute(FORM) OrganisationForm form,
            BindingResult errors,
            Model model) {
        form.checkCompanyFields(errors);
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            UUID id = registration.register(actor, form.organisation());
            return "redirect:/organisations/" + id + "?created";
        } catch (OrganisationNameTaken e) {
            errors.rejectValue("name", "organisations.name.taken");
        } catch (UnknownBranch e) {
            errors.rejectValue("branchIds", "organisations.branches.required");
        } catch (RoleDoesNotFit e) {
            errors.rejectValue("adminRole", "invite.role.doesNotFit");
        } catch (EmailTaken e) {
            errors.rejectValue("adminEmail", "invite.email.taken");
        }
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("branches", directory.branches());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("sizeClasses", SizeClass.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", Language.values());
        return NEW;
    }
}
