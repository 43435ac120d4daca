package nl.ketenwijs.system.web;

import java.util.List;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.HomeTaskSource;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.SectorDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: per role, what is theirs to look after. */
@Controller
class HomeController {

    private final SectorDirectory sector;
    private final List<HomeTaskSource> taskSources;

    HomeController(SectorDirectory sector, List<HomeTaskSource> taskSources) {
        this.sector = sector;
        this.taskSources = taskSources;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute(
                "tasks",
                taskSources.stream()
                        .flatMap(source -> source.tasksFor(account).stream())
                        .toList());
        switch (account.organisationKind()) {
            case COMPANY -> model.addAttribute("branches", sector.branchNamesOf(account.organisationId()));
            case BRANCH_ORGANISATION -> model.addAttribute("branch", sector.branch(account.organisationId()));
            case SECRETARIAT, PARTNER -> model.addAttribute("sector", sector.sector());
        }
        if (account.role() == Role.COMPANY_ADMIN || account.role() == Role.SECRETARIAT_ADMIN) {
            model.addAttribute("people", sector.peopleInOwnOrganisation());
        }
        return "home";
    }
}
