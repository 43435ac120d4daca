package nl.ketenwijs.organisation.web;

import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and for which organisation: the first thing an API client asks. */
@RestController
class MeController {

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal Account account) {
        return new Me(
                new Me.User(account.userId(), account.getUsername(), account.displayName(), account.role()),
                new Me.Organisation(account.organisationId(), account.organisationName(), account.organisationKind()));
    }

    record Me(User user, Organisation organisation) {

        record User(UUID id, String username, String displayName, Role role) {}

        record Organisation(UUID id, String name, OrganisationKind kind) {}
    }
}
