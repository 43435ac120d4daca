package nl.ketenwijs.organisation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds every password login into the throttle, and successful ones into the audit log. */
@Component
class LoginAttempts {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginAttempts(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            throttle.recordFailure(attempt.getName());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login
                && login.getPrincipal() instanceof Account account) {
            throttle.recordSuccess(account.getUsername());
            audit.record(
                    account.userId(),
                    account.organisationId(),
                    "LOGIN",
                    account.userId().toString());
        }
    }
}
