package nl.ketenwijs.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Security rules an organisation sets for all its people: for now, whether everyone needs a second factor. */
@Service
public class OrganisationPolicy {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    OrganisationPolicy(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Company admins, and the secretariat admin for the secretariat, decide for their own organisation. */
    public static boolean mayManage(Account account) {
        return account.role() == Role.COMPANY_ADMIN || account.role() == Role.SECRETARIAT_ADMIN;
    }

    /** People who log in afterwards must give a code, or set one up first. */
    @Transactional
    public void requireSecondFactor(Account actor, boolean required) {
        if (!mayManage(actor)) {
            throw new AccessDeniedException("Only an organisation admin sets its security rules");
        }
        jdbc.sql("UPDATE organisation SET require_totp = ? WHERE id = ?")
                .params(required, actor.organisationId())
                .update();
        audit.record(
                actor.userId(),
                actor.organisationId(),
                required ? "ORGANISATION_REQUIRES_TOTP" : "ORGANISATION_TOTP_OPTIONAL",
                actor.organisationId().toString());
    }
}
