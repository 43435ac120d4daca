package nl.ketenwijs.organisation.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads organisations, and decides which one an account may manage. */
@Service
public class OrganisationDirectory {

    private static final String SELECT_SUMMARY = """
            SELECT o.id, o.name, o.kind, o.size_class, o.employee_count,
                   array_remove(array_agg(b.name ORDER BY b.name), NULL) AS branches
              FROM organisation o
              LEFT JOIN branch_membership m ON m.company_id = o.id
              LEFT JOIN organisation b ON b.id = m.branch_id
            """;
    private static final String GROUP = " GROUP BY o.id, o.name, o.kind, o.size_class, o.employee_count";

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Organisations whose name contains the text (any case), of the kind if one is given. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> search(String nameContains, OrganisationKind kind) {
        String pattern =
                nameContains == null || nameContains.isBlank() ? null : "%" + likeLiteral(nameContains.strip()) + "%";
        return jdbc.sql(SELECT_SUMMARY + """
                         WHERE (CAST(:pattern AS text) IS NULL OR o.name ILIKE :pattern)
                           AND (CAST(:kind AS text) IS NULL OR o.kind = :kind)
                        """ + GROUP + " ORDER BY lower(o.name)")
                .param("pattern", pattern)
                .param("kind", kind == null ? null : kind.name())
                .query(OrganisationDirectory::summary)
                .list();
    }

    /** Someone searching for "50%" or "a_b" means those characters, not LIKE wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Transactional(readOnly = true)
    public List<BranchOption> branches() {
        return jdbc.sql("SELECT id, name FROM organisation WHERE kind = 'BRANCH_ORGANISATION' ORDER BY lower(name)")
                .query(BranchOption.class)
                .list();
    }

    /**
     * The organisation, if this account may manage its people: the secretariat admin any organisation, a
     * company admin only their own. Any other id is "not found", never "forbidden", so ids reveal nothing.
     *
     * @throws AccessDeniedException for roles that manage no people at all
     */
    @Transactional(readOnly = true)
    public OrganisationSummary manageableBy(Account actor, UUID organisationId) {
        if (actor.role() != Role.SECRETARIAT_ADMIN && actor.role() != Role.COMPANY_ADMIN) {
            throw new AccessDeniedException("This role manages no people");
        }
        if (actor.role() != Role.SECRETARIAT_ADMIN && !actor.organisationId().equals(organisationId)) {
            throw new OrganisationNotFound();
        }
        return find(organisationId).orElseThrow(OrganisationNotFound::new);
    }

    private Optional<OrganisationSummary> find(UUID id) {
        return jdbc.sql(SELECT_SUMMARY + " WHERE o.id = ?" + GROUP)
                .param(id)
                .query(OrganisationDirectory::summary)
                .optional();
    }

    private static OrganisationSummary summary(ResultSet rs, int row) throws SQLException {
        String sizeClass = rs.getString("size_class");
        return new OrganisationSummary(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                sizeClass == null ? null : SizeClass.valueOf(sizeClass),
                rs.getObject("employee_count", Integer.class),
                names(rs.getArray("branches")));
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
