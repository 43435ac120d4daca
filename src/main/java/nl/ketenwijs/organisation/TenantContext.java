package nl.ketenwijs.organisation;

import java.util.UUID;

/**
 * What PostgreSQL's row-level security is told about the next transaction: whose rows it may see, and
 * whether it may see the identity rows of every organisation (the secretariat admin, login and sign-up
 * look-ups). Company data itself is never opened by the platform flag.
 */
public record TenantContext(UUID organisationId, boolean platform) {

    /** No tenant: tenant tables return no rows. */
    public static final TenantContext NONE = new TenantContext(null, false);

    public static TenantContext organisation(UUID organisationId) {
        return new TenantContext(organisationId, false);
    }

    /** Identity tables of all organisations, for work that happens before or above a single tenant. */
    public static final TenantContext PLATFORM = new TenantContext(null, true);
}
