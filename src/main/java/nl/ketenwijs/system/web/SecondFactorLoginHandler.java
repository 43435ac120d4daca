package nl.ketenwijs.system.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.SecondFactorRequirement;
import nl.ketenwijs.organisation.SecondFactors;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a right password: people who owe a second factor keep only a pending authentication and go to
 * its step; everyone else is logged in as before.
 */
class SecondFactorLoginHandler implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler loggedIn = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecondFactors secondFactors;
    private final LoginCompletion completion;

    SecondFactorLoginHandler(SecondFactors secondFactors, LoginCompletion completion) {
        this.secondFactors = secondFactors;
        this.completion = completion;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        Account account = (Account) authentication.getPrincipal();
        SecondFactorRequirement requirement = secondFactors.requirementFor(account.key());
        if (requirement == SecondFactorRequirement.NONE) {
            loggedIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        PendingSecondFactor pending = new PendingSecondFactor(account.key(), account.getUsername(), requirement);
        completion.establish(pending, request, response);
        response.sendRedirect(request.getContextPath() + pending.stepUrl());
    }
}
