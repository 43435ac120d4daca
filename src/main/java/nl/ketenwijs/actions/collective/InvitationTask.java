package nl.ketenwijs.actions.collective;

import java.util.List;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.HomeTask;
import nl.ketenwijs.organisation.HomeTaskSource;
import nl.ketenwijs.organisation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An invitation to a collective project waits on the start page of those who may accept it. */
@Component
class InvitationTask implements HomeTaskSource {

    private final JdbcClient jdbc;

    InvitationTask(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomeTask> tasksFor(Account account) {
        if (account.role() != Role.COMPANY_ADMIN
                && account.role() != Role.COMPANY_EDITOR
                && account.role() != Role.PARTNER_MEMBER) {
            return List.of();
        }
        int invitations = jdbc.sql("""
                        SELECT count(*) FROM project_participant p JOIN collective_project c ON c.id = p.project_id
                         WHERE p.organisation_id = ? AND p.status = 'INVITED' AND c.status = 'ACTIVE'
                        """)
                .param(account.organisationId())
                .query(Integer.class)
                .single();
        return invitations == 0
                ? List.of()
                : List.of(new HomeTask("home.task.projectInvitations", List.of(invitations), "/projects"));
    }
}
