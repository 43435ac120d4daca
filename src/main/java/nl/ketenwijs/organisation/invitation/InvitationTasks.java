package nl.ketenwijs.organisation.invitation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.HomeTask;
import nl.ketenwijs.organisation.HomeTaskSource;
import nl.ketenwijs.organisation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations that nobody followed: an admin's own that lapsed (invite again), and for the secretariat
 * admin, organisations where nobody has an account yet.
 */
@Component
class InvitationTasks implements HomeTaskSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    InvitationTasks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomeTask> tasksFor(Account account) {
        List<HomeTask> tasks = new ArrayList<>();
        if (account.role() == Role.COMPANY_ADMIN || account.role() == Role.SECRETARIAT_ADMIN) {
            int lapsed = jdbc.sql("""
                            SELECT count(*) FROM invitation
                             WHERE organisation_id = ? AND accepted_at IS NULL AND withdrawn_at IS NULL
                               AND expires_at <= ?
                            """)
                    .params(account.organisationId(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .query(Integer.class)
                    .single();
            if (lapsed > 0) {
                tasks.add(new HomeTask("home.task.lapsedInvitations", List.of(lapsed), "/organisation/people"));
            }
        }
        if (account.role() == Role.SECRETARIAT_ADMIN) {
            int empty = jdbc.sql("""
                            SELECT count(*) FROM organisation o
                             WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.organisation_id = o.id AND u.enabled)
                            """).query(Integer.class).single();
            if (empty > 0) {
                tasks.add(new HomeTask("home.task.organisationsWithoutPeople", List.of(empty), "/organisations"));
            }
        }
        return tasks;
    }
}
