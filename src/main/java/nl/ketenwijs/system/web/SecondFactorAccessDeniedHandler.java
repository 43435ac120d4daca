package nl.ketenwijs.system.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** Someone who still owes a second factor is sent back to its step from wherever they try to go. */
class SecondFactorAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending) {
            response.sendRedirect(request.getContextPath() + pending.stepUrl());
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
