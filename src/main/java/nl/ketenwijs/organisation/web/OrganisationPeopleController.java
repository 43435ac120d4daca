package nl.ketenwijs.organisation.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.invitation.EmailTaken;
import nl.ketenwijs.organisation.invitation.RoleDoesNotFit;
import nl.ketenwijs.organisation.people.People;
import nl.ketenwijs.organisation.people.PeopleAdministration;
import nl.ketenwijs.organisation.people.PeopleChangeRefused;
import nl.ketenwijs.organisation.people.Person;
import nl.ketenwijs.organisation.registry.OrganisationDirectory;
import nl.ketenwijs.organisation.registry.OrganisationSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One organisation with its people: the secretariat admin opens any, an organisation admin only their own
 * (another id is "not found"). Invite, change a role, disable or enable an account, reset a second factor.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'COMPANY_ADMIN')")
class OrganisationPeopleController {

    static final String VIEW = "organisations/detail";
    static final String FORM = "invitationForm";
    static final String PROBLEM = "problem";
    static final String SAVED = "saved";
    static final String SECOND_FACTOR_RESET = "secondFactorReset";

    private final OrganisationDirectory directory;
    private final People people;
    private final PeopleAdministration administration;

    OrganisationPeopleController(OrganisationDirectory directory, People people, PeopleAdministration administration) {
        this.directory = directory;
        this.people = people;
        this.administration = administration;
    }

    /** The organisation admin's way in: their own organisation's people. */
    @GetMapping("/organisation/people")
    String ownPeople(@AuthenticationPrincipal Account actor) {
        return "redirect:/organisations/" + actor.organisationId();
    }

    @GetMapping("/organisations/{id}")
    String show(@AuthenticationPrincipal Account actor, @PathVariable UUID id, Locale locale, Model model) {
        OrganisationSummary organisation = directory.manageableBy(actor, id);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, InvitationForm.empty(Language.of(locale)));
        }
        return page(actor, organisation, model);
    }

    @PostMapping("/organisations/{id}/invitations")
    String invite(
            @AuthenticationPrincipal Account actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute(FORM) InvitationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        OrganisationSummary organisation = directory.manageableBy(actor, id);
        if (!errors.hasErrors()) {
            try {
                administration.invite(actor, id, form.invitation());
                redirect.addFlashAttribute("invited", form.email());
                return "redirect:/organisations/" + id;
            } catch (EmailTaken e) {
                errors.rejectValue("email", "invite.email.taken");
            } catch (RoleDoesNotFit e) {
                errors.rejectValue("role", "invite.role.doesNotFit");
            }
        }
        return page(actor, organisation, model);
    }

    @PostMapping("/organisations/{id}/people/{personId}/role")
    String changeRole(
            @AuthenticationPrincipal Account actor,
            @PathVariable UUID id,
            @PathVariable UUID personId,
            @RequestParam Role role,
            RedirectAttributes redirect) {
        try {
            administration.changeRole(actor, id, personId, role);
            redirect.addFlashAttribute(SAVED, true);
        } catch (PeopleChangeRefused e) {
            redirect.addFlashAttribute(PROBLEM, e.reason().messageKey());
        } catch (RoleDoesNotFit e) {
            redirect.addFlashAttribute(PROBLEM, "invite.role.doesNotFit");
        }
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id}/people/{personId}/enabled")
    String setEnabled(
            @AuthenticationPrincipal Account actor,
            @PathVariable UUID id,
            @PathVariable UUID personId,
            @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        return backToPeople(id, redirect, () -> {
            administration.setEnabled(actor, id, personId, enabled);
            redirect.addFlashAttribute(SAVED, true);
        });
    }

    @PostMapping("/organisations/{id}/people/{personId}/second-factor/reset")
    String resetSecondFactor(
            @AuthenticationPrincipal Account actor,
            @PathVariable UUID id,
            @PathVariable UUID personId,
            RedirectAttributes redirect) {
        return backToPeople(id, redirect, () -> {
            Person person = administration.resetSecondFactor(actor, id, personId);
            redirect.addFlashAttribute(SECOND_FACTOR_RESET, person.displayName());
        });
    }

    /** Runs a change to one person; a refusal becomes a notice on the page rather than an error page. */
    private static String backToPeople(UUID id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (PeopleChangeRefused e) {
            redirect.addFlashAttribute(PROBLEM, e.reason().messageKey());
        }
        return "redirect:/organisations/" + id;
    }

    private String page(Account actor, OrganisationSummary organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("people", people.of(organisation.id()));
        model.addAttribute("invitations", people.invitedTo(organisation.id()));
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values()).filter(organisation.ref()::fits).toList());
        model.addAttribute("languages", Language.values());
        model.addAttribute("me", actor.userId());
        return VIEW;
    }
}
