package nl.ketenwijs.organisation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The secretariat's staff in one role, for work that assigns or reminds them (complaint handling). Only
 * names, mail addresses and languages: identity rows of the secretariat, read in the platform scope so that
 * a background job without a logged-in account finds them too.
 */
@Service
public class StaffDirectory {

    /** A member of staff as an assignment list or a reminder needs them. */
    public record StaffMember(UUID id, String displayName, String email, Language language) {}

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    StaffDirectory(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** Enabled secretariat accounts with this role, by name. */
    public List<StaffMember> withRole(Role role) {
        if (role.organisationKind() != OrganisationKind.SECRETARIAT) {
            throw new IllegalArgumentException("Only secretariat roles are staff: " + role);
        }
        return tenantScope.asPlatform(() -> jdbc.sql("""
                        SELECT u.id, u.display_name, u.username, u.language
                          FROM app_user u JOIN organisation o ON o.id = u.organisation_id
                         WHERE o.kind = 'SECRETARIAT' AND u.role = ? AND u.enabled
                         ORDER BY u.display_name, u.id
                        """)
                .param(role.name())
                .query((rs, n) -> new StaffMember(
                        rs.getObject("id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("username"),
                        Language.ofCode(rs.getString("language"))))
                .list());
    }
}
