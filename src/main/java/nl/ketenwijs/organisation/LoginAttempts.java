package nl.ketenwijs.organisation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds every password login into the throttle, and successful ones into the audit log. For a person who
 * still owes a second factor the password alone is no success: the failures stay counted until the code
 * is right, or a known password would reset the count that slows code guessing.
 */
@Component
class LoginAttempts {

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SecondFactors secondFactors;

    LoginAttempts(LoginThrottle throttle, AuditLog audit, SecondFactors secondFactors) {
        this.throttle = throttle;
        this.audit = audit;
        this.secondFactors = secondFactors;
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
                && login.getPrincipal() instanceof Account account
                && secondFactors.requirementFor(account.key()) == SecondFactorRequirement.NONE) {
            throttle.recordSuccess(account.getUsername());
            audit.record(
                    account.userId(),
                    account.organisationId(),
                    "LOGIN",
                    account.userId().toString());
        }
    }
}
