package nl.ketenwijs.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of a branch organisation, as far as the branch may know them for its aggregates and its
 * mailings: which companies, of which size class, and whom a mail to a member goes to. Who belongs to a
 * branch is not secret within the covenant; what a member did is, and is not here.
 */
@Service
public class BranchMembers {

    /** A member company and its size class ({@code SME} or {@code LARGE}). */
    public record Member(UUID companyId, String sizeClass) {}

    /** A branch organisation, for the secretariat's choice of branch. */
    public record Branch(UUID id, String name) {}

    /** Someone who receives mail for their company. */
    public record Contact(String address, String displayName, Locale language) {}

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    BranchMembers(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    @Transactional(readOnly = true)
    public List<Member> of(UUID branch) {
        return jdbc.sql("""
                        SELECT o.id, o.size_class FROM branch_membership m JOIN organisation o ON o.id = m.company_id
                         WHERE m.branch_id = ? AND o.kind = 'COMPANY' ORDER BY o.id
                        """)
                .param(branch)
                .query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("size_class")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Branch> branches() {
        return jdbc.sql("SELECT id, name FROM organisation WHERE kind = 'BRANCH_ORGANISATION' ORDER BY name")
                .query((rs, n) -> new Branch(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<String> name(UUID branch) {
        return jdbc.sql("SELECT name FROM organisation WHERE id = ? AND kind = 'BRANCH_ORGANISATION'")
                .param(branch)
                .query(String.class)
                .optional();
    }

    /**
     * The enabled people who act for these organisations: a company's administrators, a partner's members.
     * They receive a reminder or an invitation. Read with the platform's view of people, since the sender's
     * own tenant sees only its own staff; only addresses, names and languages leave this method.
     */
    public List<Contact> administratorsOf(List<UUID> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        return tenantScope.asPlatform(() -> jdbc.sql("""
                        SELECT username, display_name, language FROM app_user
                         WHERE organisation_id = ANY (?) AND role IN ('COMPANY_ADMIN', 'PARTNER_MEMBER') AND enabled
                         ORDER BY organisation_id, lower(username)
                        """)
                .param(companies.toArray(UUID[]::new))
                .query((rs, n) -> new Contact(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Locale.forLanguageTag(rs.getString("language"))))
                .list());
    }
}
