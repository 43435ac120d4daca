package nl.ketenwijs.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import nl.ketenwijs.shared.PortalLanguage;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The complaint portal's pages speak the {@link PortalLanguage}s; every other page keeps the staff choice.
 * The portal's choice lives in a cookie of its own that ends with the browser session: a shared phone does
 * not keep a trace of the portal for months, and a staff member's Dutch or English is never overwritten by
 * a visit to the portal. Without a choice, the portal follows the browser's languages, else English.
 */
final class PortalLocaleResolver implements LocaleResolver {

    /** The portal's pages, Dutch and English paths alike, with everything under them. */
    static final Set<String> PORTAL_PATHS = Set.of("/klacht", "/complaint");

    private final LocaleResolver staff;
    private final CookieLocaleResolver portal;

    PortalLocaleResolver(LocaleResolver staff) {
        this.staff = staff;
        this.portal = new CookieLocaleResolver("ketenwijs-portal-lang");
        this.portal.setCookieSameSite("Lax");
        this.portal.setDefaultLocaleFunction(PortalLocaleResolver::fromBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return isPortal(request) ? portal.resolveLocale(request) : staff.resolveLocale(request);
    }

    /** Only a language the pages speak is kept: {@code ?lang=xx} with another one changes nothing. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (isPortal(request)) {
            PortalLanguage.of(locale).ifPresent(language -> portal.setLocale(request, response, language.locale()));
        } else if (locale == null
                || LanguageConfiguration.STAFF_LANGUAGES.stream()
                        .anyMatch(staffLanguage -> staffLanguage.getLanguage().equals(locale.getLanguage()))) {
            staff.setLocale(request, response, locale);
        }
    }

    /** Also the error page of a portal request, which is drawn under /error with the original address aside. */
    static boolean isPortal(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return PORTAL_PATHS.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return PortalLanguage.EN.locale();
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            var language = PortalLanguage.of(wanted);
            if (language.isPresent()) {
                return language.get().locale();
            }
        }
        return PortalLanguage.EN.locale();
    }
}
