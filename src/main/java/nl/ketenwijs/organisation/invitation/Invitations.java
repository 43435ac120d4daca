package nl.ketenwijs.organisation.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.organisation.AccountMail;
import nl.ketenwijs.organisation.AuditLog;
import nl.ketenwijs.organisation.LinkNotValid;
import nl.ketenwijs.organisation.OrganisationRef;
import nl.ketenwijs.organisation.OutgoingMail;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.SecretLinks;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.password.PasswordPolicy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a single-use link, valid for a week, with which a new person sets their name and password.
 * The invitation row and its mail are written in the caller's transaction, so either both exist or neither.
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);
    static final String PATH = "/invitation/";

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final Clock clock;
    private final EmailAvailability emails;
    private final OutgoingMail mail;
    private final SecretLinks links;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;

    Invitations(
            JdbcClient jdbc,
            TenantScope tenantScope,
            Clock clock,
            EmailAvailability emails,
            OutgoingMail mail,
            SecretLinks links,
            AuditLog audit,
            PasswordPolicy policy,
            PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.clock = clock;
        this.emails = emails;
        this.mail = mail;
        this.links = links;
        this.audit = audit;
        this.policy = policy;
        this.encoder = encoder;
    }

    /**
     * Invites a person; the caller has checked that the actor may manage the organisation.
     *
     * @throws RoleDoesNotFit when the role belongs to another kind of organisation
     * @throws EmailTaken when the address has an account or an open invitation
     */
    @Transactional
    public UUID invite(UUID actor, OrganisationRef organisation, NewInvitation invitation) {
        if (!organisation.fits(invitation.role())) {
            throw new RoleDoesNotFit();
        }
        emails.requireFree(invitation.email());
        UUID id = UUID.randomUUID();
        String token = SecretLinks.newToken();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO invitation (id, organisation_id, email, display_name, role, language, token_hash,
                                                    invited_by, created_at, expires_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            organisation.id(),
                            invitation.email(),
                            invitation.displayName(),
                            invitation.role().name(),
                            invitation.language().code(),
                            SecretLinks.storedFormOf(token),
                            actor,
                            utc(now),
                            utc(now.plus(VALID_FOR)))
                    .update();
        } catch (DuplicateKeyException sameAddressAtTheSameMoment) {
            throw new EmailTaken();
        }
        mail.queue(new AccountMail(
                AccountMail.Kind.INVITATION,
                invitation.email(),
                invitation.language().locale(),
                invitation.displayName(),
                organisation.name(),
                links.link(PATH, token, invitation.language()),
                VALID_FOR));
        audit.record(actor, organisation.id(), "INVITATION_SENT", id.toString());
        return id;
    }

    /** The invitation behind a link, while it can still be accepted. */
    public Optional<OpenInvitation> findOpen(String token) {
        if (!SecretLinks.isWellFormed(token)) {
            return Optional.empty();
        }
        return tenantScope.asPlatform(() -> open(token, false).map(Open::view));
    }

    /**
     * Creates the account and uses up the link, in one transaction.
     *
     * @throws LinkNotValid when the link is unknown, used, withdrawn or expired
     * @throws nl.ketenwijs.organisation.password.PasswordRejected when the policy refuses the password
     */
    public UUID accept(String token, String displayName, String password) {
        if (!SecretLinks.isWellFormed(token)) {
            throw new LinkNotValid();
        }
        return tenantScope.asPlatform(() -> {
            Open invitation = open(token, true).orElseThrow(LinkNotValid::new);
            policy.require(password, invitation.email());
            UUID userId = UUID.randomUUID();
            try {
                jdbc.sql("""
                                INSERT INTO app_user (id, organisation_id, username, display_name, password_hash, role,
                                                      language)
                                VALUES (?, ?, ?, ?, ?, ?, ?)
                                """)
                        .params(
                                userId,
                                invitation.organisationId(),
                                invitation.email(),
                                displayName.trim(),
                                encoder.encode(password),
                                invitation.role().name(),
                                invitation.language())
                        .update();
            } catch (DuplicateKeyException accountMadeMeanwhile) {
                throw new LinkNotValid();
            }
            jdbc.sql("UPDATE invitation SET accepted_at = ? WHERE id = ?")
                    .params(utc(clock.instant()), invitation.id())
                    .update();
            audit.record(
                    userId,
                    invitation.organisationId(),
                    "INVITATION_ACCEPTED",
                    invitation.id().toString());
            return userId;
        });
    }

    private Optional<Open> open(String token, boolean lock) {
        return jdbc.sql("""
                        SELECT i.id, i.organisation_id, i.email, i.display_name, i.role, i.language,
                               o.name AS organisation_name
                          FROM invitation i JOIN organisation o ON o.id = i.organisation_id
                         WHERE i.token_hash = ? AND i.accepted_at IS NULL AND i.withdrawn_at IS NULL
                           AND i.expires_at > ?
                        """ + (lock ? " FOR UPDATE OF i" : ""))
                .params(SecretLinks.storedFormOf(token), utc(clock.instant()))
                .query(Open.class)
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Open(
            UUID id,
            UUID organisationId,
            String email,
            String displayName,
            Role role,
            String language,
            String organisationName) {

        OpenInvitation view() {
            return new OpenInvitation(email, displayName, organisationName);
        }
    }
}
