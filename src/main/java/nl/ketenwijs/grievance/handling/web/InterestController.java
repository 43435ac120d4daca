package nl.ketenwijs.grievance.handling.web;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.grievance.handling.HandlerInterests;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationNames;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.StaffDirectory;
import nl.ketenwijs.organisation.StaffDirectory.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Declared conflicts of interest: a handler keeps their own list; the secretariat admin keeps anyone's, for
 * a handler who left an organisation or forgot to declare one.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SECRETARIAT_ADMIN')")
class InterestController {

    private final HandlerInterests interests;
    private final StaffDirectory staff;
    private final OrganisationNames organisations;

    InterestController(HandlerInterests interests, StaffDirectory staff, OrganisationNames organisations) {
        this.interests = interests;
        this.staff = staff;
        this.organisations = organisations;
    }

    @GetMapping("/complaints/interests")
    String list(@AuthenticationPrincipal Account account, @RequestParam(required = false) UUID handler, Model model) {
        List<StaffMember> handlers = staff.withRole(Role.COMPLAINT_HANDLER);
        UUID whose = whose(account, handler, handlers);
        model.addAttribute("handler", whose);
        model.addAttribute("handlers", account.role() == Role.SECRETARIAT_ADMIN ? handlers : List.of());
        model.addAttribute(
                "handlerName",
                handlers.stream()
                        .filter(h -> h.id().equals(whose))
                        .map(StaffMember::displayName)
                        .findFirst()
                        .orElse(""));
        model.addAttribute("interests", whose == null ? java.util.Map.of() : interests.of(whose));
        model.addAttribute("companies", organisations.companies());
        return "complaints/interests";
    }

    @PostMapping("/complaints/interests")
    String declare(
            @AuthenticationPrincipal Account account,
            @RequestParam(required = false) UUID handler,
            @RequestParam UUID company) {
        UUID whose = required(whose(account, handler, staff.withRole(Role.COMPLAINT_HANDLER)));
        interests.declare(whose, company, account.userId());
        return "redirect:/complaints/interests?handler=" + whose;
    }

    @PostMapping("/complaints/interests/withdrawal")
    String withdraw(
            @AuthenticationPrincipal Account account,
            @RequestParam(required = false) UUID handler,
            @RequestParam UUID company) {
        UUID whose = required(whose(account, handler, staff.withRole(Role.COMPLAINT_HANDLER)));
        interests.withdraw(whose, company);
        return "redirect:/complaints/interests?handler=" + whose;
    }

    /**
     * A handler always works on their own list, whatever the form says; the admin on the chosen handler's,
     * or on none until one is chosen.
     */
    private static UUID whose(Account account, UUID requested, List<StaffMember> handlers) {
        if (account.role() == Role.COMPLAINT_HANDLER) {
            return account.userId();
        }
        if (requested == null) {
            return null;
        }
        return handlers.stream()
                .map(StaffMember::id)
                .filter(requested::equals)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private static UUID required(UUID handler) {
        if (handler == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        return handler;
    }
}
