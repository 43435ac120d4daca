package nl.ketenwijs.grievance.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import nl.ketenwijs.shared.PortalLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every portal page its {@link PortalPage}. */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
class PortalAdvice {

    /**
     * A language link names the page's path and nothing else: on a page answering a post, the fields (a
     * receipt code, say) never go into a link.
     */
    @ModelAttribute("portal")
    PortalPage portal(HttpServletRequest request) {
        return pageAt(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The page around content shown at this path, in the language of the current request. */
    static PortalPage pageAt(String path) {
        PortalLanguage current =
                PortalLanguage.of(LocaleContextHolder.getLocale()).orElse(PortalLanguage.EN);
        var choices = Arrays.stream(PortalLanguage.values())
                .map(language -> new PortalPage.LanguageChoice(
                        language.code(),
                        ownName(language.locale()),
                        direction(language),
                        UriComponentsBuilder.fromPath(path)
                                .queryParam("lang", language.code())
                                .build()
                                .toUriString(),
                        language == current))
                .toList();
        return new PortalPage(PortalPaths.baseOf(path), current.code(), direction(current), choices);
    }

    private static String direction(PortalLanguage language) {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    private static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
