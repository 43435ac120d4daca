package nl.ketenwijs.organisation;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant of a transaction. Normally that is the logged-in account's organisation, read from the
 * security context when the transaction begins. Work without a logged-in account (a login, an invitation
 * link, the demo loader) names its scope explicitly and gets a transaction of its own, so an elevated
 * scope never leaks into a caller's transaction.
 */
@Component
public class TenantScope {

    private static final ThreadLocal<TenantContext> EXPLICIT = new ThreadLocal<>();

    /**
     * Reading the security context may load it from the database session, in a transaction of its own
     * that asks for the tenant again; that inner transaction only touches session storage.
     */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

    private final TransactionTemplate ownTransaction;

    TenantScope(PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The tenant a transaction that begins now on this thread must run as. */
    public static TenantContext current() {
        TenantContext explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        if (RESOLVING.get()) {
            return TenantContext.NONE;
        }
        Authentication authentication;
        RESOLVING.set(true);
        try {
            authentication = SecurityContextHolder.getContext().getAuthentication();
        } finally {
            RESOLVING.set(false);
        }
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            return new TenantContext(account.organisationId(), account.role() == Role.SECRETARIAT_ADMIN);
        }
        return TenantContext.NONE;
    }

    /** Runs work in a new transaction that sees the identity rows of every organisation. */
    public <T> T asPlatform(Supplier<T> work) {
        return runAs(TenantContext.PLATFORM, work);
    }

    public void asPlatform(Runnable work) {
        runAs(TenantContext.PLATFORM, () -> {
            work.run();
            return null;
        });
    }

    /** Runs work in a new transaction as the given organisation, for jobs that act for one tenant. */
    public <T> T asOrganisation(UUID organisationId, Supplier<T> work) {
        return runAs(TenantContext.organisation(Objects.requireNonNull(organisationId)), work);
    }

    private <T> T runAs(TenantContext context, Supplier<T> work) {
        TenantContext outer = EXPLICIT.get();
        EXPLICIT.set(context);
        try {
            return ownTransaction.execute(status -> work.get());
        } finally {
            if (outer == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(outer);
            }
        }
    }
}
