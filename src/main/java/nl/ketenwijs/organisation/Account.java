package nl.ketenwijs.organisation;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The authenticated person. The tenant of every request is this account's organisation and nothing
 * else: no request parameter can change it.
 */
public class Account extends User {

    private final UUID userId;
    private final UUID organisationId;
    private final String organisationName;
    private final String displayName;
    private final Role role;

    Account(AccountRow row) {
        super(
                row.username(),
                row.passwordHash(),
                row.enabled(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority(row.role().authority())));
        this.userId = row.id();
        this.organisationId = row.organisationId();
        this.organisationName = row.organisationName();
        this.displayName = row.displayName();
        this.role = row.role();
    }

    public UUID userId() {
        return userId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public AccountKey key() {
        return new AccountKey(organisationId, userId);
    }

    public String organisationName() {
        return organisationName;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public OrganisationKind organisationKind() {
        return role.organisationKind();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && account.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }
}
