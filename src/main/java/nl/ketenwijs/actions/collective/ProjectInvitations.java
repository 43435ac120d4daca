package nl.ketenwijs.actions.collective;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.organisation.BranchMembers;
import nl.ketenwijs.organisation.NoticeMail;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.OutgoingMail;
import nl.ketenwijs.riskanalysis.PrioritisedRisks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a project, sent by a participant that joined (the lead, a member, the secretariat). The
 * secretariat or a participant invites, in one action, every company that prioritises the project's risk:
 * the companies are found by a database function and never named to the inviter, who learns how many
 * were invited. A partner organisation is invited by name. Each invitee's people get a mail that names the
 * project, never the other invitees.
 */
@Service
public class ProjectInvitations {

    private final JdbcClient jdbc;
    private final Projects projects;
    private final PrioritisedRisks risks;
    private final BranchMembers people;
    private final OutgoingMail mail;
    private final MessageSource messages;
    private final String publicUrl;

    ProjectInvitations(
            JdbcClient jdbc,
            Projects projects,
            PrioritisedRisks risks,
            BranchMembers people,
            OutgoingMail mail,
            MessageSource messages,
            @Value("${ketenwijs.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.risks = risks;
        this.people = people;
        this.mail = mail;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** @return how many companies were newly invited */
    @Transactional
    public int inviteSharing(UUID organisation, boolean secretariat, UUID id, String by) {
        Project project = projects.requireJoined(organisation, secretariat, id).project();
        if (!project.active()) {
            return 0;
        }
        return invite(project, risks.companiesPrioritising(project.risk()), by);
    }

    /** @return whether the partner was newly invited */
    @Transactional
    public boolean invitePartner(UUID organisation, boolean secretariat, UUID id, UUID partner, String by) {
        Project project = projects.requireJoined(organisation, secretariat, id).project();
        boolean isPartner = jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ? AND kind = 'PARTNER')")
                .param(partner)
                .query(Boolean.class)
                .single();
        if (!isPartner) {
            throw new ProjectNotFound();
        }
        return project.active() && invite(project, List.of(partner), by) == 1;
    }

    /** The partner organisations of the covenant, for the invitation form. */
    @Transactional(readOnly = true)
    public List<Participant> partners() {
        return jdbc.sql("SELECT id, name FROM organisation WHERE kind = 'PARTNER' ORDER BY name")
                .query((rs, n) -> new Participant(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        OrganisationKind.PARTNER,
                        false,
                        Participation.NONE,
                        null))
                .list();
    }

    /**
     * Invites those not yet in the project (a declined invitation is not repeated). The new rows are another
     * organisation's, which the inviter may write but not read back (so no ON CONFLICT, which would have to
     * read them): who is new is asked of the database first, under a lock per project.
     */
    int invite(Project project, List<UUID> organisations, String by) {
        // Two participants inviting at once wait for each other, so neither invites an organisation twice.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('project-invitations:' || ?, 0))")
                .param(project.id().toString())
                .query()
                .singleValue();
        List<UUID> invited = List.of(jdbc.sql("SELECT kw_project_newcomers(?, ?)")
                .params(project.id(), organisations.toArray(UUID[]::new))
                .query((rs, n) -> (UUID[]) rs.getArray(1).getArray())
                .single());
        jdbc.sql("""
                        INSERT INTO project_participant (project_id, organisation_id, role, status, invited_by,
                                                         invited_at)
                        SELECT ?, o, 'MEMBER', 'INVITED', ?, now() FROM unnest(?::uuid[]) AS o
                        """).params(project.id(), by, invited.toArray(UUID[]::new)).update();
        for (BranchMembers.Contact contact : people.administratorsOf(invited)) {
            mail.queue(notice(contact, project));
        }
        return invited.size();
    }

    private NoticeMail notice(BranchMembers.Contact contact, Project project) {
        Locale language = contact.language();
        Object[] arguments = {contact.displayName(), project.title(), publicUrl + "/projects/" + project.id()};
        return new NoticeMail(
                contact.address(),
                language.getLanguage(),
                messages.getMessage("projects.mail.invitation.subject", arguments, language),
                messages.getMessage("projects.mail.invitation.body", arguments, language));
    }
}
