package nl.ketenwijs.organisation.people;

import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AuditLog;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.SecondFactorErasure;
import nl.ketenwijs.organisation.UserSessions;
import nl.ketenwijs.organisation.invitation.Invitations;
import nl.ketenwijs.organisation.invitation.NewInvitation;
import nl.ketenwijs.organisation.invitation.RoleDoesNotFit;
import nl.ketenwijs.organisation.registry.OrganisationDirectory;
import nl.ketenwijs.organisation.registry.OrganisationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An organisation admin invites colleagues, changes their roles, disables or enables their accounts and
 * resets their second factor. Never their own account, and never so that the organisation is left without
 * an enabled admin.
 */
@Service
public class PeopleAdministration {

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisations;
    private final Invitations invitations;
    private final AuditLog audit;
    private final UserSessions sessions;
    private final SecondFactorErasure secondFactors;

    PeopleAdministration(
            JdbcClient jdbc,
            OrganisationDirectory organisations,
            Invitations invitations,
            AuditLog audit,
            UserSessions sessions,
            SecondFactorErasure secondFactors) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.invitations = invitations;
        this.audit = audit;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
    }

    @Transactional
    public void invite(Account actor, UUID organisationId, NewInvitation invitation) {
        OrganisationSummary organisation = organisations.manageableBy(actor, organisationId);
        invitations.invite(actor.userId(), organisation.ref(), invitation);
    }

    @Transactional
    public void changeRole(Account actor, UUID organisationId, UUID personId, Role role) {
        OrganisationSummary organisation = organisations.manageableBy(actor, organisationId);
        Person person = lockedPerson(actor, organisationId, personId);
        if (!organisation.ref().fits(role)) {
            throw new RoleDoesNotFit();
        }
        jdbc.sql("UPDATE app_user SET role = ? WHERE id = ?")
                .params(role.name(), personId)
                .update();
        requireAnotherEnabledAdmin(organisation, person);
        audit.record(actor.userId(), organisationId, "ROLE_CHANGED", personId.toString());
        // A session keeps the role it logged in with; the person logs in again to get the new one.
        endSessionsAfterCommit(person.username());
    }

    @Transactional
    public void setEnabled(Account actor, UUID organisationId, UUID personId, boolean enabled) {
        OrganisationSummary organisation = organisations.manageableBy(actor, organisationId);
        Person person = lockedPerson(actor, organisationId, personId);
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?")
                .params(enabled, personId)
                .update();
        requireAnotherEnabledAdmin(organisation, person);
        audit.record(
                actor.userId(), organisationId, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", personId.toString());
        if (!enabled) {
            endSessionsAfterCommit(person.username());
        }
    }

    /**
     * Clears the second factor of someone who lost both their phone and their recovery codes. Their next
     * login asks for the password only, or sends them to enrolment if their role or organisation needs one.
     */
    @Transactional
    public Person resetSecondFactor(Account actor, UUID organisationId, UUID personId) {
        organisations.manageableBy(actor, organisationId);
        Person person = lockedPerson(actor, organisationId, personId);
        if (!secondFactors.erase(personId)) {
            throw new PeopleChangeRefused(PeopleChangeRefused.Reason.NO_SECOND_FACTOR);
        }
        audit.record(actor.userId(), organisationId, "SECOND_FACTOR_RESET", personId.toString());
        // The lost phone may be in other hands: a session that passed its code must not outlive the reset.
        endSessionsAfterCommit(person.username());
        return person;
    }

    /**
     * Locks every account of the organisation, so that two admins who demote each other at the same moment
     * cannot both succeed.
     */
    private Person lockedPerson(Account actor, UUID organisationId, UUID personId) {
        Optional<Person> person = jdbc
                .sql("SELECT " + Person.COLUMNS + " FROM app_user WHERE organisation_id = ? ORDER BY id FOR UPDATE")
                .param(organisationId)
                .query(Person.class)
                .stream()
                .filter(candidate -> candidate.id().equals(personId))
                .findFirst();
        if (person.isEmpty()) {
            throw new PersonNotFound();
        }
        if (personId.equals(actor.userId())) {
            throw new PeopleChangeRefused(PeopleChangeRefused.Reason.OWN_ACCOUNT);
        }
        return person.get();
    }

    /** Refuses the change if it took away the organisation's last enabled admin. */
    private void requireAnotherEnabledAdmin(OrganisationSummary organisation, Person before) {
        Optional<Role> admin = adminRoleOf(organisation.kind());
        if (admin.isEmpty() || before.role() != admin.get() || !before.enabled()) {
            return;
        }
        int admins = jdbc.sql("SELECT count(*) FROM app_user WHERE organisation_id = ? AND role = ? AND enabled")
                .params(organisation.id(), admin.get().name())
                .query(Integer.class)
                .single();
        if (admins == 0) {
            throw new PeopleChangeRefused(PeopleChangeRefused.Reason.LAST_ADMIN);
        }
    }

    /** Branch organisations and partners have one role each, so no admin to keep. */
    static Optional<Role> adminRoleOf(OrganisationKind kind) {
        return switch (kind) {
            case COMPANY -> Optional.of(Role.COMPANY_ADMIN);
            case SECRETARIAT -> Optional.of(Role.SECRETARIAT_ADMIN);
            case BRANCH_ORGANISATION, PARTNER -> Optional.empty();
        };
    }

    private void endSessionsAfterCommit(String username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.endAllOf(username);
            }
        });
    }
}
