package nl.ketenwijs.system.web;

import java.util.List;
import nl.ketenwijs.organisation.AccountKey;
import nl.ketenwijs.organisation.SecondFactorRequirement;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The password was right, the second factor is still owed. Its only authority opens the one step page
 * that is due; its principal is no {@code Account}, so no page, role check or tenant scope takes it for a
 * logged-in person.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    static final String CODE_STEP = "/login/code";
    static final String ENROL_STEP = "/login/enrol";
    static final String MAY_GIVE_CODE = "SECOND_FACTOR_CODE";
    static final String MAY_ENROL = "SECOND_FACTOR_ENROL";

    private final AccountKey key;
    private final String username;
    private final SecondFactorRequirement requirement;

    PendingSecondFactor(AccountKey key, String username, SecondFactorRequirement requirement) {
        super(List.of(
                new SimpleGrantedAuthority(requirement == SecondFactorRequirement.ENROL ? MAY_ENROL : MAY_GIVE_CODE)));
        if (requirement == SecondFactorRequirement.NONE) {
            throw new IllegalArgumentException("Nothing pending");
        }
        this.key = key;
        this.username = username;
        this.requirement = requirement;
        setAuthenticated(true);
    }

    AccountKey key() {
        return key;
    }

    String stepUrl() {
        return requirement == SecondFactorRequirement.ENROL ? ENROL_STEP : CODE_STEP;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return username;
    }
}
