package nl.ketenwijs.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.ketenwijs.organisation.Account;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the menu of the person looking at it and the path it is on. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    @ModelAttribute("navigation")
    List<Navigation.Link> navigation(@AuthenticationPrincipal Object principal) {
        return principal instanceof Account account ? Navigation.forRole(account.role()) : List.of();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
