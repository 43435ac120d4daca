package nl.ketenwijs.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenwijs.organisation.Account;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page the menu of the person looking at it and the path it is on. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private static final List<String> LANGUAGES = List.of("nl", "en");

    @ModelAttribute("navigation")
    List<Navigation.Link> navigation(@AuthenticationPrincipal Object principal) {
        return principal instanceof Account account ? Navigation.forRole(account.role()) : List.of();
    }

    /**
     * The same page in each language. A GET keeps its query, so a risk check keeps its answer; the fields
     * of a POST (a password, say) never go into a link.
     */
    @ModelAttribute("sameInLanguage")
    Map<String, String> sameInLanguage(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
            if (HttpMethod.GET.matches(request.getMethod())) {
                request.getParameterMap().forEach((name, values) -> {
                    if (!name.equals("lang")) {
                        link.queryParam(name, (Object[]) values);
                    }
                });
            }
            links.put(
                    language, link.queryParam("lang", language).encode().build().toUriString());
        }
        return links;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
