package nl.ketenwijs.organisation.registry;

import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AuditLog;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.OrganisationRef;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.invitation.Invitations;
import nl.ketenwijs.organisation.invitation.RoleDoesNotFit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat admin registers an organisation together with the invitation of its first admin: one
 * transaction, so an organisation never exists without the mail that lets someone manage it.
 */
@Service
public class OrganisationRegistration {

    private final JdbcClient jdbc;
    private final Invitations invitations;
    private final AuditLog audit;

    OrganisationRegistration(JdbcClient jdbc, Invitations invitations, AuditLog audit) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.audit = audit;
    }

    /**
     * @throws OrganisationNameTaken, UnknownBranch, RoleDoesNotFit or the invitation's failures; nothing is
     *     saved then
     */
    @Transactional
    public UUID register(Account actor, NewOrganisation organisation) {
        if (actor.role() != Role.SECRETARIAT_ADMIN) {
            throw new AccessDeniedException("Only the secretariat admin registers organisations");
        }
        OrganisationRef ref = new OrganisationRef(UUID.randomUUID(), organisation.name(), organisation.kind());
        if (!ref.fits(organisation.firstAdmin().role())) {
            throw new RoleDoesNotFit();
        }
        insert(ref, organisation);
        if (organisation.kind() == OrganisationKind.COMPANY) {
            joinBranches(ref.id(), organisation);
        }
        audit.record(actor.userId(), ref.id(), "ORGANISATION_CREATED", ref.id().toString());
        invitations.invite(actor.userId(), ref, organisation.firstAdmin());
        return ref.id();
    }

    private void insert(OrganisationRef ref, NewOrganisation organisation) {
        try {
            jdbc.sql("""
                            INSERT INTO organisation (id, kind, name, size_class, employee_count)
                            VALUES (?, ?, ?, ?, ?)
                            """)
                    .params(
                            ref.id(),
                            ref.kind().name(),
                            ref.name(),
                            organisation.sizeClass() == null
                                    ? null
                                    : organisation.sizeClass().name(),
                            organisation.employeeCount())
                    .update();
        } catch (DuplicateKeyException nameInUse) {
            throw new OrganisationNameTaken();
        }
    }

    private void joinBranches(UUID company, NewOrganisation organisation) {
        int inserted = organisation.branchIds().isEmpty()
                ? 0
                : jdbc.sql("""
                                INSERT INTO branch_membership (company_id, branch_id)
                                SELECT :company, id FROM organisation
                                 WHERE id IN (:branches) AND kind = 'BRANCH_ORGANISATION'
                                """)
                        .param("company", company)
                        .param("branches", organisation.branchIds())
                        .update();
        if (inserted == 0 || inserted != organisation.branchIds().size()) {
            throw new UnknownBranch();
        }
    }
}
