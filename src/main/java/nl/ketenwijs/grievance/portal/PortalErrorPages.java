package nl.ketenwijs.grievance.portal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * A failed portal request (an unknown page, a form sent after its session ended, a server error) is
 * answered in the portal's layout and the person's language, with a way back to the portal's start, never
 * with a staff page in Dutch. Other requests keep the application's error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrorPages implements ErrorViewResolver {

    static final String VIEW = "portal/error";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed)) {
            return null;
        }
        String path = failed.substring(Math.min(request.getContextPath().length(), failed.length()));
        if (!PortalPaths.isPortal(path)) {
            return null;
        }
        Map<String, Object> page = new HashMap<>(model);
        page.put("portal", PortalAdvice.pageAt(PortalPaths.baseOf(path)));
        return new ModelAndView(VIEW, page, status);
    }
}
