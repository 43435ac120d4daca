package nl.ketenwijs.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/** Puts a login step into the session: the pending one after the password, the full one after the code. */
@Component
class LoginCompletion {

    /** A new session id and CSRF token, as after the password: a session planted before the code is dead. */
    private final SessionAuthenticationStrategy rotation = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(),
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final AccountDirectory accounts;
    private final SecurityContextRepository contexts;

    LoginCompletion(AccountDirectory accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    void establish(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** The second factor passed. The account is read afresh: one disabled meanwhile gets no session. */
    void complete(PendingSecondFactor pending, HttpServletRequest request, HttpServletResponse response) {
        Account account = accounts.loadUserByUsername(pending.getName());
        if (!account.isEnabled() || !account.key().equals(pending.key())) {
            throw new DisabledException("Account changed during login");
        }
        Authentication full =
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        rotation.onAuthentication(full, request, response);
        establish(full, request, response);
    }

    /** Where the person was going before the login page, or the dashboard. */
    String onward(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }
}
